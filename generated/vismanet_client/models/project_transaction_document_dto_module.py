from typing import Literal, cast

ProjectTransactionDocumentDtoModule = Literal[
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

PROJECT_TRANSACTION_DOCUMENT_DTO_MODULE_VALUES: frozenset[ProjectTransactionDocumentDtoModule] = frozenset(
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


def check_project_transaction_document_dto_module(value: str) -> ProjectTransactionDocumentDtoModule:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in PROJECT_TRANSACTION_DOCUMENT_DTO_MODULE_VALUES.
    """
    return cast(ProjectTransactionDocumentDtoModule, value)
