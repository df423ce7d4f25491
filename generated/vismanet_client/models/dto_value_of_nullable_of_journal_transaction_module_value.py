from typing import Literal, cast

DtoValueOfNullableOfJournalTransactionModuleValue = Literal[
    "ModuleAP",
    "ModuleAR",
    "ModuleCA",
    "ModuleCM",
    "ModuleCR",
    "ModuleDR",
    "ModuleEP",
    "ModuleFA",
    "ModuleGL",
    "ModuleIN",
    "ModulePM",
    "ModulePO",
    "ModuleSO",
    "ModuleTX",
]

DTO_VALUE_OF_NULLABLE_OF_JOURNAL_TRANSACTION_MODULE_VALUE_VALUES: frozenset[
    DtoValueOfNullableOfJournalTransactionModuleValue
] = frozenset(
    {
        "ModuleAP",
        "ModuleAR",
        "ModuleCA",
        "ModuleCM",
        "ModuleCR",
        "ModuleDR",
        "ModuleEP",
        "ModuleFA",
        "ModuleGL",
        "ModuleIN",
        "ModulePM",
        "ModulePO",
        "ModuleSO",
        "ModuleTX",
    }
)


def check_dto_value_of_nullable_of_journal_transaction_module_value(
    value: str,
) -> DtoValueOfNullableOfJournalTransactionModuleValue:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in DTO_VALUE_OF_NULLABLE_OF_JOURNAL_TRANSACTION_MODULE_VALUE_VALUES.
    """
    return cast(DtoValueOfNullableOfJournalTransactionModuleValue, value)
