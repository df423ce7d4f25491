from typing import Literal, cast

ProjectTransactionGetAllModule = Literal[
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

PROJECT_TRANSACTION_GET_ALL_MODULE_VALUES: frozenset[ProjectTransactionGetAllModule] = frozenset(
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


def check_project_transaction_get_all_module(value: str) -> ProjectTransactionGetAllModule:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TRANSACTION_GET_ALL_MODULE_VALUES.
    """
    return cast(ProjectTransactionGetAllModule, value)
