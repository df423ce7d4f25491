from typing import Literal, cast

UnitOfMeasureDtoSupplementaryMeasureUnit = Literal[
    "Carats",
    "CarryingCapacityTons",
    "CubicMeter",
    "CubicMeters1000",
    "Gram",
    "GramFissileIsotypes",
    "Items100",
    "Items1000",
    "Kilogram",
    "KilogramCholineChloride",
    "KilogramDiphosphorusPentaoxide",
    "KilogramDrainedNetWeight",
    "KilogramHydrogenPeroxide",
    "KilogramMethylamines",
    "KilogramNitrogen",
    "KilogramPotassiumHydroxide",
    "KilogramPotassiumOxide",
    "KilogramSodiumHydroxide",
    "KilogramSubstance90Dry",
    "KilogramUranium",
    "KilowattHours1000",
    "Litre",
    "LitrePureAlco",
    "Litres1000",
    "Meter",
    "None",
    "NumberOfCells",
    "NumberOfItems",
    "NumberOfPairs",
    "SquareMeter",
    "Terajoule",
]

UNIT_OF_MEASURE_DTO_SUPPLEMENTARY_MEASURE_UNIT_VALUES: frozenset[UnitOfMeasureDtoSupplementaryMeasureUnit] = frozenset(
    {
        "Carats",
        "CarryingCapacityTons",
        "CubicMeter",
        "CubicMeters1000",
        "Gram",
        "GramFissileIsotypes",
        "Items100",
        "Items1000",
        "Kilogram",
        "KilogramCholineChloride",
        "KilogramDiphosphorusPentaoxide",
        "KilogramDrainedNetWeight",
        "KilogramHydrogenPeroxide",
        "KilogramMethylamines",
        "KilogramNitrogen",
        "KilogramPotassiumHydroxide",
        "KilogramPotassiumOxide",
        "KilogramSodiumHydroxide",
        "KilogramSubstance90Dry",
        "KilogramUranium",
        "KilowattHours1000",
        "Litre",
        "LitrePureAlco",
        "Litres1000",
        "Meter",
        "None",
        "NumberOfCells",
        "NumberOfItems",
        "NumberOfPairs",
        "SquareMeter",
        "Terajoule",
    }
)


def check_unit_of_measure_dto_supplementary_measure_unit(value: str) -> UnitOfMeasureDtoSupplementaryMeasureUnit:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in UNIT_OF_MEASURE_DTO_SUPPLEMENTARY_MEASURE_UNIT_VALUES.
    """
    return cast(UnitOfMeasureDtoSupplementaryMeasureUnit, value)
