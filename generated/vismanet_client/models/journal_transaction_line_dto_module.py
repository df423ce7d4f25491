from typing import Literal, cast

JournalTransactionLineDtoModule = Literal[
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

JOURNAL_TRANSACTION_LINE_DTO_MODULE_VALUES: frozenset[JournalTransactionLineDtoModule] = frozenset(
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


def check_journal_transaction_line_dto_module(value: str) -> JournalTransactionLineDtoModule:
    """Accept any value: Visma adds enum values between releases, and an unknown one must not break parsing.

    Known values are listed in JOURNAL_TRANSACTION_LINE_DTO_MODULE_VALUES.
    """
    return cast(JournalTransactionLineDtoModule, value)
