from typing import Literal, cast

ProjectTransactionQueryParametersModule = Literal[
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

PROJECT_TRANSACTION_QUERY_PARAMETERS_MODULE_VALUES: frozenset[ProjectTransactionQueryParametersModule] = frozenset(
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


def check_project_transaction_query_parameters_module(value: str) -> ProjectTransactionQueryParametersModule:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TRANSACTION_QUERY_PARAMETERS_MODULE_VALUES.
    """
    return cast(ProjectTransactionQueryParametersModule, value)
