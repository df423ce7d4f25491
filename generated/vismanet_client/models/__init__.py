"""Contains all the data models used in inputs/outputs.

Models are imported lazily (PEP 562): ``from vismanet_client.models import CustomerDto`` imports only
that model's module, so importing one operation does not import all models.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

_MODULE_OF: dict[str, str] = {
    "AccountDescriptionDto": ".account_description_dto",
    "AccountDescriptionInPurchaseReceiptLineBasicUpdateDto": ".account_description_in_purchase_receipt_line_basic_update_dto",
    "AccountDescriptionInPurchaseReceiptLineUpdateDto": ".account_description_in_purchase_receipt_line_update_dto",
    "AccountDto": ".account_dto",
    "AccountDtoType": ".account_dto_type",
    "AccountGroupDto": ".account_group_dto",
    "AccountGroupInProjectTransactionLineDto": ".account_group_in_project_transaction_line_dto",
    "AccountIdInPurchaseReceiptLineBasicUpdateDto": ".account_id_in_purchase_receipt_line_basic_update_dto",
    "AccountIdInPurchaseReceiptLineUpdateDto": ".account_id_in_purchase_receipt_line_update_dto",
    "AccountInBudgetDto": ".account_in_budget_dto",
    "AccountInBudgetDtoType": ".account_in_budget_dto_type",
    "AccountInCashSaleDto": ".account_in_cash_sale_dto",
    "AccountInCashSaleDtoType": ".account_in_cash_sale_dto_type",
    "AccountInCashSaleLineDto": ".account_in_cash_sale_line_dto",
    "AccountInCashSaleLineDtoType": ".account_in_cash_sale_line_dto_type",
    "AccountInCreditNoteDto": ".account_in_credit_note_dto",
    "AccountInCreditNoteDtoType": ".account_in_credit_note_dto_type",
    "AccountInCreditNoteLineDto": ".account_in_credit_note_line_dto",
    "AccountInCreditNoteLineDtoType": ".account_in_credit_note_line_dto_type",
    "AccountInCustomerCreditNoteDto": ".account_in_customer_credit_note_dto",
    "AccountInCustomerCreditNoteDtoType": ".account_in_customer_credit_note_dto_type",
    "AccountInCustomerCreditNoteLineDto": ".account_in_customer_credit_note_line_dto",
    "AccountInCustomerCreditNoteLineDtoType": ".account_in_customer_credit_note_line_dto_type",
    "AccountInCustomerCreditWriteOffDto": ".account_in_customer_credit_write_off_dto",
    "AccountInCustomerCreditWriteOffDtoType": ".account_in_customer_credit_write_off_dto_type",
    "AccountInCustomerDebitNoteDto": ".account_in_customer_debit_note_dto",
    "AccountInCustomerDebitNoteDtoType": ".account_in_customer_debit_note_dto_type",
    "AccountInCustomerDebitNoteLineDto": ".account_in_customer_debit_note_line_dto",
    "AccountInCustomerDebitNoteLineDtoType": ".account_in_customer_debit_note_line_dto_type",
    "AccountInCustomerDocumentDto": ".account_in_customer_document_dto",
    "AccountInCustomerDocumentDtoType": ".account_in_customer_document_dto_type",
    "AccountInCustomerInvoiceDto": ".account_in_customer_invoice_dto",
    "AccountInCustomerInvoiceDtoType": ".account_in_customer_invoice_dto_type",
    "AccountInCustomerInvoiceLineDto": ".account_in_customer_invoice_line_dto",
    "AccountInCustomerInvoiceLineDtoType": ".account_in_customer_invoice_line_dto_type",
    "AccountInCustomerOverdueChargeDto": ".account_in_customer_overdue_charge_dto",
    "AccountInCustomerOverdueChargeDtoType": ".account_in_customer_overdue_charge_dto_type",
    "AccountInCustomerOverdueChargeLineDto": ".account_in_customer_overdue_charge_line_dto",
    "AccountInCustomerOverdueChargeLineDtoType": ".account_in_customer_overdue_charge_line_dto_type",
    "AccountInGeneralLedgerTransactionDetailsDto": ".account_in_general_ledger_transaction_details_dto",
    "AccountInGeneralLedgerTransactionDetailsDtoType": ".account_in_general_ledger_transaction_details_dto_type",
    "AccountInPurchaseOrderLineDto": ".account_in_purchase_order_line_dto",
    "AccountInPurchaseReceiptLineDto": ".account_in_purchase_receipt_line_dto",
    "AccountInSupplierDocumentDto": ".account_in_supplier_document_dto",
    "AccountInSupplierDocumentDtoType": ".account_in_supplier_document_dto_type",
    "AccountInSupplierInvoiceLineDto": ".account_in_supplier_invoice_line_dto",
    "AccountInSupplierInvoiceLineDtoType": ".account_in_supplier_invoice_line_dto_type",
    "AccountInformationInInventoryDto": ".account_information_in_inventory_dto",
    "AccountNumberDescriptionDto": ".account_number_description_dto",
    "AccountNumberDescriptionDtoType": ".account_number_description_dto_type",
    "AccountNumberDto": ".account_number_dto",
    "AccountNumberDtoType": ".account_number_dto_type",
    "AccountNumberInPrebookingUpdateDto": ".account_number_in_prebooking_update_dto",
    "AccountNumberTypeDescriptionDto": ".account_number_type_description_dto",
    "AccountPostResponse201": ".account_post_response_201",
    "AccountPutByaccountCdResponse204": ".account_put_byaccount_cd_response_204",
    "AccountQueryParameters": ".account_query_parameters",
    "AccountUpdateDto": ".account_update_dto",
    "AccountsInFixedAssetClassDto": ".accounts_in_fixed_asset_class_dto",
    "AccountsInFixedAssetDto": ".accounts_in_fixed_asset_dto",
    "AccountsInFixedAssetTransactionDto": ".accounts_in_fixed_asset_transaction_dto",
    "ActiveInWarehouseLocationUpdateDto": ".active_in_warehouse_location_update_dto",
    "ActiveMultilanguageDto": ".active_multilanguage_dto",
    "ActualAccountIdInPurchaseReceiptLineBasicUpdateDto": ".actual_account_id_in_purchase_receipt_line_basic_update_dto",
    "ActualAccountIdInPurchaseReceiptLineUpdateDto": ".actual_account_id_in_purchase_receipt_line_update_dto",
    "ActualAccountInPurchaseReceiptLineDto": ".actual_account_in_purchase_receipt_line_dto",
    "ActualSubInPurchaseReceiptLineDto": ".actual_sub_in_purchase_receipt_line_dto",
    "AddOrderLinesToPurchaseReceiptActionResultDto": ".add_order_lines_to_purchase_receipt_action_result_dto",
    "AddOrderLinesToPurchaseReceiptActionResultDtoActionResult": ".add_order_lines_to_purchase_receipt_action_result_dto_action_result",
    "AddOrdersToPurchaseReceiptActionResultDto": ".add_orders_to_purchase_receipt_action_result_dto",
    "AddOrdersToPurchaseReceiptActionResultDtoActionResult": ".add_orders_to_purchase_receipt_action_result_dto_action_result",
    "AddPOReceiptLineDto": ".add_po_receipt_line_dto",
    "AddPurchaseOrderDto": ".add_purchase_order_dto",
    "AddressDto": ".address_dto",
    "AddressInContactDto": ".address_in_contact_dto",
    "AddressInEmployeeDto": ".address_in_employee_dto",
    "AddressInEmployeeUpdateDto": ".address_in_employee_update_dto",
    "AddressInLocationDto": ".address_in_location_dto",
    "AddressInSupplierLocationDto": ".address_in_supplier_location_dto",
    "AddressInWarehouseDto": ".address_in_warehouse_dto",
    "AddressUpdateDto": ".address_update_dto",
    "AllocationRuleIdDescriptionDto": ".allocation_rule_id_description_dto",
    "AllocationRuleInProjectDto": ".allocation_rule_in_project_dto",
    "AllocationsBasicDto": ".allocations_basic_dto",
    "AllocationsDto": ".allocations_dto",
    "AllocationsUpdateBasicDto": ".allocations_update_basic_dto",
    "AllocationsUpdateBasicDtoOperation": ".allocations_update_basic_dto_operation",
    "AllocationsUpdateDto": ".allocations_update_dto",
    "AllocationsUpdateDtoOperation": ".allocations_update_dto_operation",
    "AlternateTypeInInventoryCrossReferenceUpdateDto": ".alternate_type_in_inventory_cross_reference_update_dto",
    "AlternateTypeInInventoryCrossReferenceUpdateDtoValue": ".alternate_type_in_inventory_cross_reference_update_dto_value",
    "AmountInPurchaseReceiptLineBasicUpdateDto": ".amount_in_purchase_receipt_line_basic_update_dto",
    "AmountInPurchaseReceiptLineUpdateDto": ".amount_in_purchase_receipt_line_update_dto",
    "AmountInSupplierInvoiceLandedCostUpdateDto": ".amount_in_supplier_invoice_landed_cost_update_dto",
    "AnalisysCodeInfoInAccountDto": ".analisys_code_info_in_account_dto",
    "ApplicationDateInPaymentUpdateDto": ".application_date_in_payment_update_dto",
    "ApplicationPeriodInPaymentUpdateDto": ".application_period_in_payment_update_dto",
    "ApprovalDetailsDto": ".approval_details_dto",
    "ApprovalDetailsInSupplierInvoiceDto": ".approval_details_in_supplier_invoice_dto",
    "ApprovalDetailsUpdateDto": ".approval_details_update_dto",
    "ArAdjustDto": ".ar_adjust_dto",
    "ARSPCommnHistoryDto": ".arsp_commn_history_dto",
    "AssemblyValidInWarehouseLocationUpdateDto": ".assembly_valid_in_warehouse_location_update_dto",
    "AttachmentDto": ".attachment_dto",
    "AttachmentGetByattachmentIdResponse200": ".attachment_get_byattachment_id_response_200",
    "AttachmentMetadataUpdateDto": ".attachment_metadata_update_dto",
    "AttachmentMetadataUpdateDtoSendToAutoinvoice": ".attachment_metadata_update_dto_send_to_autoinvoice",
    "AttachmentPutByattachmentIdResponse204": ".attachment_put_byattachment_id_response_204",
    "AttributeDeleteByattributeIdResponse204": ".attribute_delete_byattribute_id_response_204",
    "AttributeDetailDto": ".attribute_detail_dto",
    "AttributeDetailUpdateDto": ".attribute_detail_update_dto",
    "AttributeDetailUpdateDtoOperation": ".attribute_detail_update_dto_operation",
    "AttributeDto": ".attribute_dto",
    "AttributeDtoControlType": ".attribute_dto_control_type",
    "AttributeIdInAttributeLineUpdateDto": ".attribute_id_in_attribute_line_update_dto",
    "AttributeIdValueDto": ".attribute_id_value_dto",
    "AttributeLineUpdateDto": ".attribute_line_update_dto",
    "AttributePostResponse201": ".attribute_post_response_201",
    "AttributePutByattributeIdResponse204": ".attribute_put_byattribute_id_response_204",
    "AttributeQueryParameters": ".attribute_query_parameters",
    "AttributeUpdateDto": ".attribute_update_dto",
    "BAccountDescriptionDto": ".b_account_description_dto",
    "BAccountInInventoryCrossReferenceDto": ".b_account_in_inventory_cross_reference_dto",
    "BaccountIdInLocationUpdateDto": ".baccount_id_in_location_update_dto",
    "BaccountIdInSupplierLocationUpdateDto": ".baccount_id_in_supplier_location_update_dto",
    "BaccountInLocationDto": ".baccount_in_location_dto",
    "BaccountInSupplierLocationDto": ".baccount_in_supplier_location_dto",
    "BackgroundApiAcceptedDto": ".background_api_accepted_dto",
    "BackgroundGetBackgroundApiOperationContentByrequestIdResponse200": ".background_get_background_api_operation_content_byrequest_id_response_200",
    "BackgroundRequestStateDto": ".background_request_state_dto",
    "BackgroundRequestStateDtoResponseHeaders": ".background_request_state_dto_response_headers",
    "BankAddress1InBankSettingsUpdateDto": ".bank_address_1_in_bank_settings_update_dto",
    "BankAddress2InBankSettingsUpdateDto": ".bank_address_2_in_bank_settings_update_dto",
    "BankAddress3InBankSettingsUpdateDto": ".bank_address_3_in_bank_settings_update_dto",
    "BankCountryInBankSettingsUpdateDto": ".bank_country_in_bank_settings_update_dto",
    "BankNameInBankSettingsUpdateDto": ".bank_name_in_bank_settings_update_dto",
    "BankSettingsDto": ".bank_settings_dto",
    "BankSettingsInBranchDto": ".bank_settings_in_branch_dto",
    "BankSettingsInExtendedOrganizationDto": ".bank_settings_in_extended_organization_dto",
    "BankSettingsUpdateDto": ".bank_settings_update_dto",
    "BarCodeDto": ".bar_code_dto",
    "BaseItemVolumeInPackagingUpdateDto": ".base_item_volume_in_packaging_update_dto",
    "BaseItemWeightInPackagingUpdateDto": ".base_item_weight_in_packaging_update_dto",
    "BasePaginationDtoOfCreditTermDto": ".base_pagination_dto_of_credit_term_dto",
    "BasePaginationDtoOfDiscountCodeDto": ".base_pagination_dto_of_discount_code_dto",
    "BasePaginationDtoOfDiscountDto": ".base_pagination_dto_of_discount_dto",
    "BasePaginationDtoOfKitAssemblyDto": ".base_pagination_dto_of_kit_assembly_dto",
    "BasePaginationDtoOfKitSpecificationDto": ".base_pagination_dto_of_kit_specification_dto",
    "BasePaginationDtoOfSalesPersonDto": ".base_pagination_dto_of_sales_person_dto",
    "BbaN2InBankSettingsUpdateDto": ".bba_n2_in_bank_settings_update_dto",
    "BbaN3InBankSettingsUpdateDto": ".bba_n3_in_bank_settings_update_dto",
    "BbanInBankSettingsUpdateDto": ".bban_in_bank_settings_update_dto",
    "BicInBankSettingsUpdateDto": ".bic_in_bank_settings_update_dto",
    "BillingRuleIdDescriptionDto": ".billing_rule_id_description_dto",
    "BillingRuleInProjectDto": ".billing_rule_in_project_dto",
    "BookBalanceDto": ".book_balance_dto",
    "BookBalanceInFixedAssetDto": ".book_balance_in_fixed_asset_dto",
    "BookDto": ".book_dto",
    "BookInBookBalanceDto": ".book_in_book_balance_dto",
    "BookSettingsInFixedAssetClassDto": ".book_settings_in_fixed_asset_class_dto",
    "BranchByIdQueryParameters": ".branch_by_id_query_parameters",
    "BranchCurrencyDto": ".branch_currency_dto",
    "BranchDto": ".branch_dto",
    "BranchGetAllBranchesOrderBy": ".branch_get_all_branches_order_by",
    "BranchIdInPurchaseReceiptLineBasicUpdateDto": ".branch_id_in_purchase_receipt_line_basic_update_dto",
    "BranchIdInPurchaseReceiptLineUpdateDto": ".branch_id_in_purchase_receipt_line_update_dto",
    "BranchInContractUsageLineDto": ".branch_in_contract_usage_line_dto",
    "BranchInCustomerDocumentDto": ".branch_in_customer_document_dto",
    "BranchInExpenseClaimDetailDto": ".branch_in_expense_claim_detail_dto",
    "BranchInExpenseClaimDetailUpdateDto": ".branch_in_expense_claim_detail_update_dto",
    "BranchInExpenseReceiptDto": ".branch_in_expense_receipt_dto",
    "BranchInFinancialsDetailDto": ".branch_in_financials_detail_dto",
    "BranchInGeneralLedgerTransactionDetailsDto": ".branch_in_general_ledger_transaction_details_dto",
    "BranchInNumberingSequenceDto": ".branch_in_numbering_sequence_dto",
    "BranchInProjectDto": ".branch_in_project_dto",
    "BranchInProjectTransactionLineDto": ".branch_in_project_transaction_line_dto",
    "BranchInProjectUpdateDto": ".branch_in_project_update_dto",
    "BranchInPurchaseOrderBasicDto": ".branch_in_purchase_order_basic_dto",
    "BranchInPurchaseOrderDto": ".branch_in_purchase_order_dto",
    "BranchInPurchaseOrderLineDto": ".branch_in_purchase_order_line_dto",
    "BranchInPurchaseReceiptLineDto": ".branch_in_purchase_receipt_line_dto",
    "BranchInSupplierDocumentDto": ".branch_in_supplier_document_dto",
    "BranchInSupplierInvoiceLineUpdateDto": ".branch_in_supplier_invoice_line_update_dto",
    "BranchInTaskDto": ".branch_in_task_dto",
    "BranchInTaskExtendedDto": ".branch_in_task_extended_dto",
    "BranchInTransactionDetailDto": ".branch_in_transaction_detail_dto",
    "BranchInWarehouseDto": ".branch_in_warehouse_dto",
    "BranchNumberDto": ".branch_number_dto",
    "BranchNumberInBudgetDto": ".branch_number_in_budget_dto",
    "BranchNumberInCashSaleDto": ".branch_number_in_cash_sale_dto",
    "BranchNumberInCashSaleLineDto": ".branch_number_in_cash_sale_line_dto",
    "BranchNumberInCreditNoteDto": ".branch_number_in_credit_note_dto",
    "BranchNumberInCreditNoteLineDto": ".branch_number_in_credit_note_line_dto",
    "BranchNumberInCustomerCreditNoteDto": ".branch_number_in_customer_credit_note_dto",
    "BranchNumberInCustomerCreditNoteLineDto": ".branch_number_in_customer_credit_note_line_dto",
    "BranchNumberInCustomerCreditWriteOffDto": ".branch_number_in_customer_credit_write_off_dto",
    "BranchNumberInCustomerDebitNoteDto": ".branch_number_in_customer_debit_note_dto",
    "BranchNumberInCustomerDebitNoteLineDto": ".branch_number_in_customer_debit_note_line_dto",
    "BranchNumberInCustomerDocumentDto": ".branch_number_in_customer_document_dto",
    "BranchNumberInCustomerInvoiceDto": ".branch_number_in_customer_invoice_dto",
    "BranchNumberInCustomerInvoiceLineDto": ".branch_number_in_customer_invoice_line_dto",
    "BranchNumberInCustomerOverdueChargeDto": ".branch_number_in_customer_overdue_charge_dto",
    "BranchNumberInCustomerOverdueChargeLineDto": ".branch_number_in_customer_overdue_charge_line_dto",
    "BranchNumberInInventoryAdjustmentDto": ".branch_number_in_inventory_adjustment_dto",
    "BranchNumberInInventoryAdjustmentUpdateDto": ".branch_number_in_inventory_adjustment_update_dto",
    "BranchNumberInInventoryIssueDto": ".branch_number_in_inventory_issue_dto",
    "BranchNumberInInventoryIssueUpdateDto": ".branch_number_in_inventory_issue_update_dto",
    "BranchNumberInInventoryReceiptDto": ".branch_number_in_inventory_receipt_dto",
    "BranchNumberInInventoryReceiptUpdateDto": ".branch_number_in_inventory_receipt_update_dto",
    "BranchNumberInInventoryTransferDto": ".branch_number_in_inventory_transfer_dto",
    "BranchNumberInInventoryTransferUpdateDto": ".branch_number_in_inventory_transfer_update_dto",
    "BranchNumberInPurchaseReceiptBasicDto": ".branch_number_in_purchase_receipt_basic_dto",
    "BranchNumberInPurchaseReceiptDto": ".branch_number_in_purchase_receipt_dto",
    "BranchNumberInPurchaseReceiptLineBasicUpdateDto": ".branch_number_in_purchase_receipt_line_basic_update_dto",
    "BranchNumberInPurchaseReceiptLineDto": ".branch_number_in_purchase_receipt_line_dto",
    "BranchNumberInPurchaseReceiptLineUpdateDto": ".branch_number_in_purchase_receipt_line_update_dto",
    "BranchNumberInSalesOrderBasicDto": ".branch_number_in_sales_order_basic_dto",
    "BranchNumberInSalesOrderDto": ".branch_number_in_sales_order_dto",
    "BranchNumberInSupplierInvoiceLineDto": ".branch_number_in_supplier_invoice_line_dto",
    "BranchPutBankSettingsForBranchBybranchNumberResponse204": ".branch_put_bank_settings_for_branch_bybranch_number_response_204",
    "BranchQueryParameters": ".branch_query_parameters",
    "BranchQueryParametersOrderBy": ".branch_query_parameters_order_by",
    "BudgetCreateBudgetResponse201": ".budget_create_budget_response_201",
    "BudgetDto": ".budget_dto",
    "BudgetPutResponse204": ".budget_put_response_204",
    "BudgetUpdateDto": ".budget_update_dto",
    "BusinessAccountInEntryTypeDto": ".business_account_in_entry_type_dto",
    "BusinessAccountInEntryTypeDtoType": ".business_account_in_entry_type_dto_type",
    "CancelSalesOrderActionDto": ".cancel_sales_order_action_dto",
    "CancelSalesOrderActionResultDto": ".cancel_sales_order_action_result_dto",
    "CancelSalesOrderActionResultDtoActionResult": ".cancel_sales_order_action_result_dto_action_result",
    "CarrierDescriptionDto": ".carrier_description_dto",
    "CarrierDto": ".carrier_dto",
    "CarrierQueryParameters": ".carrier_query_parameters",
    "CaseCountItemInCustomerContractSummaryDto": ".case_count_item_in_customer_contract_summary_dto",
    "CashAccountDto": ".cash_account_dto",
    "CashAccountIdDescriptionDto": ".cash_account_id_description_dto",
    "CashAccountInCashTransactionDto": ".cash_account_in_cash_transaction_dto",
    "CashAccountInCustomerPaymentMethodDto": ".cash_account_in_customer_payment_method_dto",
    "CashAccountInPaymentUpdateDto": ".cash_account_in_payment_update_dto",
    "CashAccountQueryParameters": ".cash_account_query_parameters",
    "CashSaleDto": ".cash_sale_dto",
    "CashSaleDtoDocumentType": ".cash_sale_dto_document_type",
    "CashSaleDtoStatus": ".cash_sale_dto_status",
    "CashSaleGetAllCashSalesDocumentType": ".cash_sale_get_all_cash_sales_document_type",
    "CashSaleGetAllCashSalesStatus": ".cash_sale_get_all_cash_sales_status",
    "CashSaleLineDto": ".cash_sale_line_dto",
    "CashSaleLinesUpdateDto": ".cash_sale_lines_update_dto",
    "CashSaleLinesUpdateDtoOperation": ".cash_sale_lines_update_dto_operation",
    "CashSalePostResponse201": ".cash_sale_post_response_201",
    "CashSalePutBydocumentNumberResponse204": ".cash_sale_put_bydocument_number_response_204",
    "CashSaleUpdateDto": ".cash_sale_update_dto",
    "CashTranTaxDetailDto": ".cash_tran_tax_detail_dto",
    "CashTranTaxDetailDtoTaxType": ".cash_tran_tax_detail_dto_tax_type",
    "CashTransactionCreateCashTransactionResponse201": ".cash_transaction_create_cash_transaction_response_201",
    "CashTransactionDetailUpdateDto": ".cash_transaction_detail_update_dto",
    "CashTransactionDetailUpdateDtoOperation": ".cash_transaction_detail_update_dto_operation",
    "CashTransactionDto": ".cash_transaction_dto",
    "CashTransactionDtoDisbReceipt": ".cash_transaction_dto_disb_receipt",
    "CashTransactionDtoStatus": ".cash_transaction_dto_status",
    "CashTransactionDtoTranType": ".cash_transaction_dto_tran_type",
    "CashTransactionPutByreferenceNbrResponse204": ".cash_transaction_put_byreference_nbr_response_204",
    "CashTransactionQueryParameters": ".cash_transaction_query_parameters",
    "CashTransactionTaxDetailUpdateDto": ".cash_transaction_tax_detail_update_dto",
    "CashTransactionUpdateDto": ".cash_transaction_update_dto",
    "ChangeCustomerCdActionDto": ".change_customer_cd_action_dto",
    "ChangeCustomerCdActionResultDto": ".change_customer_cd_action_result_dto",
    "ChangeCustomerCdActionResultDtoActionResult": ".change_customer_cd_action_result_dto_action_result",
    "ChangeEmployeeNrActionDto": ".change_employee_nr_action_dto",
    "ChangeEmployeeNrActionResultDto": ".change_employee_nr_action_result_dto",
    "ChangeEmployeeNrActionResultDtoActionResult": ".change_employee_nr_action_result_dto_action_result",
    "ChangeInventoryNbrActionDto": ".change_inventory_nbr_action_dto",
    "ChangeInventoryNbrActionResultDto": ".change_inventory_nbr_action_result_dto",
    "ChangeInventoryNbrActionResultDtoActionResult": ".change_inventory_nbr_action_result_dto_action_result",
    "ChangeProjectIdActionDto": ".change_project_id_action_dto",
    "ChangeProjectIdActionResultDto": ".change_project_id_action_result_dto",
    "ChangeProjectIdActionResultDtoActionResult": ".change_project_id_action_result_dto_action_result",
    "ChildRecordDto": ".child_record_dto",
    "ClaimDetailIdInExpenseClaimDetailUpdateDto": ".claim_detail_id_in_expense_claim_detail_update_dto",
    "ClaimedByInExpenseClaimDto": ".claimed_by_in_expense_claim_dto",
    "ClaimedByInExpenseClaimUpdateDto": ".claimed_by_in_expense_claim_update_dto",
    "ClaimedByInExpenseReceiptDto": ".claimed_by_in_expense_receipt_dto",
    "ClaimedByInExpenseReceiptDtoStatus": ".claimed_by_in_expense_receipt_dto_status",
    "ClassAttributeDetailDto": ".class_attribute_detail_dto",
    "ClassAttributeDto": ".class_attribute_dto",
    "ClassAttributeDtoAttributeType": ".class_attribute_dto_attribute_type",
    "ClassDescriptionDto": ".class_description_dto",
    "CN8InIntrastatUpdateDto": ".cn8_in_intrastat_update_dto",
    "CogsAccountInInventoryAccountInformationDto": ".cogs_account_in_inventory_account_information_dto",
    "CogsAccountInInventoryUpdateDto": ".cogs_account_in_inventory_update_dto",
    "CogsSubaccountInInventoryAccountInformationDto": ".cogs_subaccount_in_inventory_account_information_dto",
    "CompanyTreeInfoDto": ".company_tree_info_dto",
    "CompanyTreeInfoDtoOperation": ".company_tree_info_dto_operation",
    "CompletePoLineInPurchaseReceiptLineBasicUpdateDto": ".complete_po_line_in_purchase_receipt_line_basic_update_dto",
    "CompletePoLineInPurchaseReceiptLineUpdateDto": ".complete_po_line_in_purchase_receipt_line_update_dto",
    "ConfirmShipmentActionResultDto": ".confirm_shipment_action_result_dto",
    "ConfirmShipmentActionResultDtoActionResult": ".confirm_shipment_action_result_dto_action_result",
    "ConsolBranchDto": ".consol_branch_dto",
    "ConsolBranchInLedgerDto": ".consol_branch_in_ledger_dto",
    "ContactCreateContactResponse201": ".contact_create_contact_response_201",
    "ContactDto": ".contact_dto",
    "ContactDtoContactMethod": ".contact_dto_contact_method",
    "ContactDtoTitle": ".contact_dto_title",
    "ContactIdNameDto": ".contact_id_name_dto",
    "ContactInCustomerCreditNoteDto": ".contact_in_customer_credit_note_dto",
    "ContactInCustomerDebitNoteDto": ".contact_in_customer_debit_note_dto",
    "ContactInCustomerInvoiceDto": ".contact_in_customer_invoice_dto",
    "ContactInCustomerOverdueChargeDto": ".contact_in_customer_overdue_charge_dto",
    "ContactInEmployeeDto": ".contact_in_employee_dto",
    "ContactInEmployeeDtoTitle": ".contact_in_employee_dto_title",
    "ContactInEmployeeUpdateDto": ".contact_in_employee_update_dto",
    "ContactInLocationDto": ".contact_in_location_dto",
    "ContactInSupplierLocationDto": ".contact_in_supplier_location_dto",
    "ContactInWarehouseDto": ".contact_in_warehouse_dto",
    "ContactInfoDto": ".contact_info_dto",
    "ContactInfoUpdateDto": ".contact_info_update_dto",
    "ContactPutBycontactIdResponse204": ".contact_put_bycontact_id_response_204",
    "ContactQueryParameters": ".contact_query_parameters",
    "ContactUpdateDto": ".contact_update_dto",
    "ContractIdInCustomerContractUpdateDto": ".contract_id_in_customer_contract_update_dto",
    "ContractTemplateDto": ".contract_template_dto",
    "ContractTemplateIdDescriptionDto": ".contract_template_id_description_dto",
    "ContractTemplateInCustomerContractDto": ".contract_template_in_customer_contract_dto",
    "ContractTemplateInCustomerContractUpdateDto": ".contract_template_in_customer_contract_update_dto",
    "ContractTemplateQueryParameters": ".contract_template_query_parameters",
    "ContractUsageDto": ".contract_usage_dto",
    "ContractUsageLineDto": ".contract_usage_line_dto",
    "ContractUsageLineUpdateDto": ".contract_usage_line_update_dto",
    "ContractUsageLineUpdateDtoOperation": ".contract_usage_line_update_dto_operation",
    "ContractUsagePutBycontractIdResponse204": ".contract_usage_put_bycontract_id_response_204",
    "ContractUsageQueryParameters": ".contract_usage_query_parameters",
    "ContractUsageUpdateDto": ".contract_usage_update_dto",
    "ControlAmountInInventoryIssueUpdateDto": ".control_amount_in_inventory_issue_update_dto",
    "ControlCostInInventoryAdjustmentUpdateDto": ".control_cost_in_inventory_adjustment_update_dto",
    "ControlCostInInventoryReceiptUpdateDto": ".control_cost_in_inventory_receipt_update_dto",
    "ControlQuantityInInventoryAdjustmentUpdateDto": ".control_quantity_in_inventory_adjustment_update_dto",
    "ControlQuantityInInventoryIssueUpdateDto": ".control_quantity_in_inventory_issue_update_dto",
    "ControlQuantityInInventoryReceiptUpdateDto": ".control_quantity_in_inventory_receipt_update_dto",
    "ControlQuantityInInventoryTransferUpdateDto": ".control_quantity_in_inventory_transfer_update_dto",
    "CorrectArDocumentActionResultDto": ".correct_ar_document_action_result_dto",
    "CorrectArDocumentActionResultDtoActionResult": ".correct_ar_document_action_result_dto_action_result",
    "CorrectSupplierInvoiceActionResultDto": ".correct_supplier_invoice_action_result_dto",
    "CorrectSupplierInvoiceActionResultDtoActionResult": ".correct_supplier_invoice_action_result_dto_action_result",
    "CostPriceStatisticsDto": ".cost_price_statistics_dto",
    "CostPriceStatisticsInInventoryDto": ".cost_price_statistics_in_inventory_dto",
    "CountryDto": ".country_dto",
    "CountryInAddressDto": ".country_in_address_dto",
    "CountryInCustomerDocumentAddressDto": ".country_in_customer_document_address_dto",
    "CountryInPurchaseOrderAddressDto": ".country_in_purchase_order_address_dto",
    "CountryInSalesOrderAddressDto": ".country_in_sales_order_address_dto",
    "CountryInShipmentAddressDto": ".country_in_shipment_address_dto",
    "CountryInWarehouseAddressDto": ".country_in_warehouse_address_dto",
    "CountryOfOriginInIntrastatUpdateDto": ".country_of_origin_in_intrastat_update_dto",
    "CountryQueryParameters": ".country_query_parameters",
    "CountyDto": ".county_dto",
    "CountyInAddressDto": ".county_in_address_dto",
    "CountyInCustomerDocumentAddressDto": ".county_in_customer_document_address_dto",
    "CountyInPurchaseOrderAddressDto": ".county_in_purchase_order_address_dto",
    "CountyInSalesOrderAddressDto": ".county_in_sales_order_address_dto",
    "CountyInShipmentAddressDto": ".county_in_shipment_address_dto",
    "CountyInWarehouseAddressDto": ".county_in_warehouse_address_dto",
    "CreateCurrencyRateDto": ".create_currency_rate_dto",
    "CreateCurrencyRateTypeDto": ".create_currency_rate_type_dto",
    "CreateDunningLetterActionDto": ".create_dunning_letter_action_dto",
    "CreateDunningLetterActionResultDto": ".create_dunning_letter_action_result_dto",
    "CreateDunningLetterActionResultDtoActionResult": ".create_dunning_letter_action_result_dto_action_result",
    "CreatePurchaseOrderActionDto": ".create_purchase_order_action_dto",
    "CreateShipmentActionDto": ".create_shipment_action_dto",
    "CreateShipmentActionResultDto": ".create_shipment_action_result_dto",
    "CreateShipmentActionResultDtoActionResult": ".create_shipment_action_result_dto_action_result",
    "CreditAccountGroupInProjectTransactionLineDto": ".credit_account_group_in_project_transaction_line_dto",
    "CreditAccountInProjectTransactionLineDto": ".credit_account_in_project_transaction_line_dto",
    "CreditAccountInProjectTransactionLineDtoType": ".credit_account_in_project_transaction_line_dto_type",
    "CreditNoteCreateCreditNoteResponse201": ".credit_note_create_credit_note_response_201",
    "CreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201": ".credit_note_create_header_attachment_bycredit_note_number_response_201",
    "CreditNoteCreateLineAttachmentBycreditNoteNumberlineNumberResponse201": ".credit_note_create_line_attachment_bycredit_note_numberline_number_response_201",
    "CreditNoteDto": ".credit_note_dto",
    "CreditNoteDtoDocumentType": ".credit_note_dto_document_type",
    "CreditNoteDtoStatus": ".credit_note_dto_status",
    "CreditNoteGetAllCreditNotesDtoDocumentType": ".credit_note_get_all_credit_notes_dto_document_type",
    "CreditNoteGetAllCreditNotesDtoStatus": ".credit_note_get_all_credit_notes_dto_status",
    "CreditNoteLineDto": ".credit_note_line_dto",
    "CreditNoteLineUpdateDto": ".credit_note_line_update_dto",
    "CreditNoteLineUpdateDtoOperation": ".credit_note_line_update_dto_operation",
    "CreditNotePutBycreditNoteNumberResponse204": ".credit_note_put_bycredit_note_number_response_204",
    "CreditNoteUpdateDto": ".credit_note_update_dto",
    "CreditSubaccountInProjectTransactionLineDto": ".credit_subaccount_in_project_transaction_line_dto",
    "CreditTermDto": ".credit_term_dto",
    "CreditTermQueryParameters": ".credit_term_query_parameters",
    "CreditTermsDto": ".credit_terms_dto",
    "CreditTermsInCashSaleDto": ".credit_terms_in_cash_sale_dto",
    "CreditTermsInCustomerCreditNoteDto": ".credit_terms_in_customer_credit_note_dto",
    "CreditTermsInCustomerDebitNoteDto": ".credit_terms_in_customer_debit_note_dto",
    "CreditTermsInCustomerDto": ".credit_terms_in_customer_dto",
    "CreditTermsInCustomerInvoiceDto": ".credit_terms_in_customer_invoice_dto",
    "CreditTermsInCustomerOverdueChargeDto": ".credit_terms_in_customer_overdue_charge_dto",
    "CreditTermsInSupplierDto": ".credit_terms_in_supplier_dto",
    "CreditTermsInSupplierInvoiceDto": ".credit_terms_in_supplier_invoice_dto",
    "CreditorIdInBankSettingsUpdateDto": ".creditor_id_in_bank_settings_update_dto",
    "CurrencyDto": ".currency_dto",
    "CurrencyIdDescriptionDto": ".currency_id_description_dto",
    "CurrencyInBranchDto": ".currency_in_branch_dto",
    "CurrencyInExpenseReceiptDto": ".currency_in_expense_receipt_dto",
    "CurrencyInExtendedOrganizationDto": ".currency_in_extended_organization_dto",
    "CurrencyInPaymentUpdateDto": ".currency_in_payment_update_dto",
    "CurrencyInSupplierPaymentDto": ".currency_in_supplier_payment_dto",
    "CurrencyRateDto": ".currency_rate_dto",
    "CurrencyRateParameters": ".currency_rate_parameters",
    "CurrencyRatePostCurrencyRateResponse200": ".currency_rate_post_currency_rate_response_200",
    "CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200": ".currency_rate_put_currency_rate_bycurrency_rate_id_response_200",
    "CurrencyRateTypeDto": ".currency_rate_type_dto",
    "CurrencyRateTypePostResponse200": ".currency_rate_type_post_response_200",
    "CustSalesPeopleDto": ".cust_sales_people_dto",
    "CustSalesPeopleQueryParameters": ".cust_sales_people_query_parameters",
    "CustSalesPeopleUpdateDto": ".cust_sales_people_update_dto",
    "CustSalesPeopleUpdateDtoOperation": ".cust_sales_people_update_dto_operation",
    "CustSalesPersonsDto": ".cust_sales_persons_dto",
    "CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto": ".custom_date_time_utc1_in_purchase_order_basic_update_dto",
    "CustomDateTimeUTC1InPurchaseOrderLineUpdateDto": ".custom_date_time_utc1_in_purchase_order_line_update_dto",
    "CustomDateTimeUTC1InPurchaseOrderUpdateDto": ".custom_date_time_utc1_in_purchase_order_update_dto",
    "CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto": ".custom_date_time_utc1_in_purchase_receipt_basic_update_dto",
    "CustomDateTimeUTC1InPurchaseReceiptLineBasicUpdateDto": ".custom_date_time_utc1_in_purchase_receipt_line_basic_update_dto",
    "CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto": ".custom_date_time_utc1_in_purchase_receipt_line_update_dto",
    "CustomDateTimeUTC1InPurchaseReceiptUpdateDto": ".custom_date_time_utc1_in_purchase_receipt_update_dto",
    "CustomDateTimeUTC1InShipmentCreateDto": ".custom_date_time_utc1_in_shipment_create_dto",
    "CustomDateTimeUTC1InShipmentDetailLineAddDto": ".custom_date_time_utc1_in_shipment_detail_line_add_dto",
    "CustomDateTimeUTC1InShipmentDetailLineUpdateDto": ".custom_date_time_utc1_in_shipment_detail_line_update_dto",
    "CustomDateTimeUTC1InShipmentUpdateDto": ".custom_date_time_utc1_in_shipment_update_dto",
    "CustomDec1InPurchaseOrderBasicUpdateDto": ".custom_dec_1_in_purchase_order_basic_update_dto",
    "CustomDec1InPurchaseOrderLineUpdateDto": ".custom_dec_1_in_purchase_order_line_update_dto",
    "CustomDec1InPurchaseOrderUpdateDto": ".custom_dec_1_in_purchase_order_update_dto",
    "CustomDec1InPurchaseReceiptBasicUpdateDto": ".custom_dec_1_in_purchase_receipt_basic_update_dto",
    "CustomDec1InPurchaseReceiptLineBasicUpdateDto": ".custom_dec_1_in_purchase_receipt_line_basic_update_dto",
    "CustomDec1InPurchaseReceiptLineUpdateDto": ".custom_dec_1_in_purchase_receipt_line_update_dto",
    "CustomDec1InPurchaseReceiptUpdateDto": ".custom_dec_1_in_purchase_receipt_update_dto",
    "CustomDec1InShipmentCreateDto": ".custom_dec_1_in_shipment_create_dto",
    "CustomDec1InShipmentDetailLineAddDto": ".custom_dec_1_in_shipment_detail_line_add_dto",
    "CustomDec1InShipmentDetailLineUpdateDto": ".custom_dec_1_in_shipment_detail_line_update_dto",
    "CustomDec1InShipmentUpdateDto": ".custom_dec_1_in_shipment_update_dto",
    "CustomDec2InPurchaseOrderBasicUpdateDto": ".custom_dec_2_in_purchase_order_basic_update_dto",
    "CustomDec2InPurchaseOrderLineUpdateDto": ".custom_dec_2_in_purchase_order_line_update_dto",
    "CustomDec2InPurchaseOrderUpdateDto": ".custom_dec_2_in_purchase_order_update_dto",
    "CustomDec2InPurchaseReceiptBasicUpdateDto": ".custom_dec_2_in_purchase_receipt_basic_update_dto",
    "CustomDec2InPurchaseReceiptLineBasicUpdateDto": ".custom_dec_2_in_purchase_receipt_line_basic_update_dto",
    "CustomDec2InPurchaseReceiptLineUpdateDto": ".custom_dec_2_in_purchase_receipt_line_update_dto",
    "CustomDec2InPurchaseReceiptUpdateDto": ".custom_dec_2_in_purchase_receipt_update_dto",
    "CustomDec2InShipmentCreateDto": ".custom_dec_2_in_shipment_create_dto",
    "CustomDec2InShipmentDetailLineAddDto": ".custom_dec_2_in_shipment_detail_line_add_dto",
    "CustomDec2InShipmentDetailLineUpdateDto": ".custom_dec_2_in_shipment_detail_line_update_dto",
    "CustomDec2InShipmentUpdateDto": ".custom_dec_2_in_shipment_update_dto",
    "CustomInt1InPurchaseOrderBasicUpdateDto": ".custom_int_1_in_purchase_order_basic_update_dto",
    "CustomInt1InPurchaseOrderLineUpdateDto": ".custom_int_1_in_purchase_order_line_update_dto",
    "CustomInt1InPurchaseOrderUpdateDto": ".custom_int_1_in_purchase_order_update_dto",
    "CustomInt1InPurchaseReceiptBasicUpdateDto": ".custom_int_1_in_purchase_receipt_basic_update_dto",
    "CustomInt1InPurchaseReceiptLineBasicUpdateDto": ".custom_int_1_in_purchase_receipt_line_basic_update_dto",
    "CustomInt1InPurchaseReceiptLineUpdateDto": ".custom_int_1_in_purchase_receipt_line_update_dto",
    "CustomInt1InPurchaseReceiptUpdateDto": ".custom_int_1_in_purchase_receipt_update_dto",
    "CustomInt1InShipmentCreateDto": ".custom_int_1_in_shipment_create_dto",
    "CustomInt1InShipmentDetailLineAddDto": ".custom_int_1_in_shipment_detail_line_add_dto",
    "CustomInt1InShipmentDetailLineUpdateDto": ".custom_int_1_in_shipment_detail_line_update_dto",
    "CustomInt1InShipmentUpdateDto": ".custom_int_1_in_shipment_update_dto",
    "CustomInt2InPurchaseOrderBasicUpdateDto": ".custom_int_2_in_purchase_order_basic_update_dto",
    "CustomInt2InPurchaseOrderLineUpdateDto": ".custom_int_2_in_purchase_order_line_update_dto",
    "CustomInt2InPurchaseOrderUpdateDto": ".custom_int_2_in_purchase_order_update_dto",
    "CustomInt2InPurchaseReceiptBasicUpdateDto": ".custom_int_2_in_purchase_receipt_basic_update_dto",
    "CustomInt2InPurchaseReceiptLineBasicUpdateDto": ".custom_int_2_in_purchase_receipt_line_basic_update_dto",
    "CustomInt2InPurchaseReceiptLineUpdateDto": ".custom_int_2_in_purchase_receipt_line_update_dto",
    "CustomInt2InPurchaseReceiptUpdateDto": ".custom_int_2_in_purchase_receipt_update_dto",
    "CustomInt2InShipmentCreateDto": ".custom_int_2_in_shipment_create_dto",
    "CustomInt2InShipmentDetailLineAddDto": ".custom_int_2_in_shipment_detail_line_add_dto",
    "CustomInt2InShipmentDetailLineUpdateDto": ".custom_int_2_in_shipment_detail_line_update_dto",
    "CustomInt2InShipmentUpdateDto": ".custom_int_2_in_shipment_update_dto",
    "CustomStr1InPurchaseOrderBasicUpdateDto": ".custom_str_1_in_purchase_order_basic_update_dto",
    "CustomStr1InPurchaseOrderLineUpdateDto": ".custom_str_1_in_purchase_order_line_update_dto",
    "CustomStr1InPurchaseOrderUpdateDto": ".custom_str_1_in_purchase_order_update_dto",
    "CustomStr1InPurchaseReceiptBasicUpdateDto": ".custom_str_1_in_purchase_receipt_basic_update_dto",
    "CustomStr1InPurchaseReceiptLineBasicUpdateDto": ".custom_str_1_in_purchase_receipt_line_basic_update_dto",
    "CustomStr1InPurchaseReceiptLineUpdateDto": ".custom_str_1_in_purchase_receipt_line_update_dto",
    "CustomStr1InPurchaseReceiptUpdateDto": ".custom_str_1_in_purchase_receipt_update_dto",
    "CustomStr1InShipmentCreateDto": ".custom_str_1_in_shipment_create_dto",
    "CustomStr1InShipmentDetailLineAddDto": ".custom_str_1_in_shipment_detail_line_add_dto",
    "CustomStr1InShipmentDetailLineUpdateDto": ".custom_str_1_in_shipment_detail_line_update_dto",
    "CustomStr1InShipmentUpdateDto": ".custom_str_1_in_shipment_update_dto",
    "CustomStr2InPurchaseOrderBasicUpdateDto": ".custom_str_2_in_purchase_order_basic_update_dto",
    "CustomStr2InPurchaseOrderLineUpdateDto": ".custom_str_2_in_purchase_order_line_update_dto",
    "CustomStr2InPurchaseOrderUpdateDto": ".custom_str_2_in_purchase_order_update_dto",
    "CustomStr2InPurchaseReceiptBasicUpdateDto": ".custom_str_2_in_purchase_receipt_basic_update_dto",
    "CustomStr2InPurchaseReceiptLineBasicUpdateDto": ".custom_str_2_in_purchase_receipt_line_basic_update_dto",
    "CustomStr2InPurchaseReceiptLineUpdateDto": ".custom_str_2_in_purchase_receipt_line_update_dto",
    "CustomStr2InPurchaseReceiptUpdateDto": ".custom_str_2_in_purchase_receipt_update_dto",
    "CustomStr2InShipmentCreateDto": ".custom_str_2_in_shipment_create_dto",
    "CustomStr2InShipmentDetailLineAddDto": ".custom_str_2_in_shipment_detail_line_add_dto",
    "CustomStr2InShipmentDetailLineUpdateDto": ".custom_str_2_in_shipment_detail_line_update_dto",
    "CustomStr2InShipmentUpdateDto": ".custom_str_2_in_shipment_update_dto",
    "CustomStr3InPurchaseOrderBasicUpdateDto": ".custom_str_3_in_purchase_order_basic_update_dto",
    "CustomStr3InPurchaseOrderLineUpdateDto": ".custom_str_3_in_purchase_order_line_update_dto",
    "CustomStr3InPurchaseOrderUpdateDto": ".custom_str_3_in_purchase_order_update_dto",
    "CustomStr3InPurchaseReceiptBasicUpdateDto": ".custom_str_3_in_purchase_receipt_basic_update_dto",
    "CustomStr3InPurchaseReceiptLineBasicUpdateDto": ".custom_str_3_in_purchase_receipt_line_basic_update_dto",
    "CustomStr3InPurchaseReceiptLineUpdateDto": ".custom_str_3_in_purchase_receipt_line_update_dto",
    "CustomStr3InPurchaseReceiptUpdateDto": ".custom_str_3_in_purchase_receipt_update_dto",
    "CustomStr3InShipmentCreateDto": ".custom_str_3_in_shipment_create_dto",
    "CustomStr3InShipmentDetailLineAddDto": ".custom_str_3_in_shipment_detail_line_add_dto",
    "CustomStr3InShipmentDetailLineUpdateDto": ".custom_str_3_in_shipment_detail_line_update_dto",
    "CustomStr3InShipmentUpdateDto": ".custom_str_3_in_shipment_update_dto",
    "CustomStr4InPurchaseOrderBasicUpdateDto": ".custom_str_4_in_purchase_order_basic_update_dto",
    "CustomStr4InPurchaseOrderLineUpdateDto": ".custom_str_4_in_purchase_order_line_update_dto",
    "CustomStr4InPurchaseOrderUpdateDto": ".custom_str_4_in_purchase_order_update_dto",
    "CustomStr4InPurchaseReceiptBasicUpdateDto": ".custom_str_4_in_purchase_receipt_basic_update_dto",
    "CustomStr4InPurchaseReceiptLineBasicUpdateDto": ".custom_str_4_in_purchase_receipt_line_basic_update_dto",
    "CustomStr4InPurchaseReceiptLineUpdateDto": ".custom_str_4_in_purchase_receipt_line_update_dto",
    "CustomStr4InPurchaseReceiptUpdateDto": ".custom_str_4_in_purchase_receipt_update_dto",
    "CustomStr4InShipmentCreateDto": ".custom_str_4_in_shipment_create_dto",
    "CustomStr4InShipmentDetailLineAddDto": ".custom_str_4_in_shipment_detail_line_add_dto",
    "CustomStr4InShipmentDetailLineUpdateDto": ".custom_str_4_in_shipment_detail_line_update_dto",
    "CustomStr4InShipmentUpdateDto": ".custom_str_4_in_shipment_update_dto",
    "CustomStr5InPurchaseOrderBasicUpdateDto": ".custom_str_5_in_purchase_order_basic_update_dto",
    "CustomStr5InPurchaseOrderLineUpdateDto": ".custom_str_5_in_purchase_order_line_update_dto",
    "CustomStr5InPurchaseOrderUpdateDto": ".custom_str_5_in_purchase_order_update_dto",
    "CustomStr5InPurchaseReceiptBasicUpdateDto": ".custom_str_5_in_purchase_receipt_basic_update_dto",
    "CustomStr5InPurchaseReceiptLineBasicUpdateDto": ".custom_str_5_in_purchase_receipt_line_basic_update_dto",
    "CustomStr5InPurchaseReceiptLineUpdateDto": ".custom_str_5_in_purchase_receipt_line_update_dto",
    "CustomStr5InPurchaseReceiptUpdateDto": ".custom_str_5_in_purchase_receipt_update_dto",
    "CustomStr5InShipmentCreateDto": ".custom_str_5_in_shipment_create_dto",
    "CustomStr5InShipmentDetailLineAddDto": ".custom_str_5_in_shipment_detail_line_add_dto",
    "CustomStr5InShipmentDetailLineUpdateDto": ".custom_str_5_in_shipment_detail_line_update_dto",
    "CustomStr5InShipmentUpdateDto": ".custom_str_5_in_shipment_update_dto",
    "CustomerBalanceDto": ".customer_balance_dto",
    "CustomerBalanceQueryParameters": ".customer_balance_query_parameters",
    "CustomerClassDto": ".customer_class_dto",
    "CustomerClassInCustomerDto": ".customer_class_in_customer_dto",
    "CustomerContractActivateContractBycontractIdResponse200": ".customer_contract_activate_contract_bycontract_id_response_200",
    "CustomerContractActivateUpgradeBycontractIdResponse200": ".customer_contract_activate_upgrade_bycontract_id_response_200",
    "CustomerContractCreateCustomerContractResponse201": ".customer_contract_create_customer_contract_response_201",
    "CustomerContractDetailsDto": ".customer_contract_details_dto",
    "CustomerContractDetailsLineDto": ".customer_contract_details_line_dto",
    "CustomerContractDetailsLineDtoInvoiceType": ".customer_contract_details_line_dto_invoice_type",
    "CustomerContractDetailsUpdateDto": ".customer_contract_details_update_dto",
    "CustomerContractDetailsUpdateDtoOperation": ".customer_contract_details_update_dto_operation",
    "CustomerContractDto": ".customer_contract_dto",
    "CustomerContractDtoStatus": ".customer_contract_dto_status",
    "CustomerContractGetAllStatus": ".customer_contract_get_all_status",
    "CustomerContractPutBycontractIdResponse204": ".customer_contract_put_bycontract_id_response_204",
    "CustomerContractQueryParameters": ".customer_contract_query_parameters",
    "CustomerContractQueryParametersStatus": ".customer_contract_query_parameters_status",
    "CustomerContractRecurringSummaryDto": ".customer_contract_recurring_summary_dto",
    "CustomerContractRecurringSummaryLineDto": ".customer_contract_recurring_summary_line_dto",
    "CustomerContractRecurringSummaryLineDtoInvoiceType": ".customer_contract_recurring_summary_line_dto_invoice_type",
    "CustomerContractSetupAndActivateContractBycontractIdResponse200": ".customer_contract_setup_and_activate_contract_bycontract_id_response_200",
    "CustomerContractSetupContractBycontractIdResponse200": ".customer_contract_setup_contract_bycontract_id_response_200",
    "CustomerContractSummaryDto": ".customer_contract_summary_dto",
    "CustomerContractSummaryDtoInvoiceTo": ".customer_contract_summary_dto_invoice_to",
    "CustomerContractSummaryDtoInvoicingPeriod": ".customer_contract_summary_dto_invoicing_period",
    "CustomerContractTerminateContractBycontractIdResponse200": ".customer_contract_terminate_contract_bycontract_id_response_200",
    "CustomerContractUpdateDto": ".customer_contract_update_dto",
    "CustomerContractUpgradeContractBycontractIdResponse200": ".customer_contract_upgrade_contract_bycontract_id_response_200",
    "CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201": ".customer_credit_note_create_header_attachment_bycredit_note_number_response_201",
    "CustomerCreditNoteCreateLineAttachmentBycreditNoteNumberlineNumberResponse201": ".customer_credit_note_create_line_attachment_bycredit_note_numberline_number_response_201",
    "CustomerCreditNoteCreateResponse201": ".customer_credit_note_create_response_201",
    "CustomerCreditNoteDeleteBycreditNoteNumberResponse204": ".customer_credit_note_delete_bycredit_note_number_response_204",
    "CustomerCreditNoteDto": ".customer_credit_note_dto",
    "CustomerCreditNoteDtoDocumentType": ".customer_credit_note_dto_document_type",
    "CustomerCreditNoteDtoStatus": ".customer_credit_note_dto_status",
    "CustomerCreditNoteGetAllDocumentType": ".customer_credit_note_get_all_document_type",
    "CustomerCreditNoteGetAllStatus": ".customer_credit_note_get_all_status",
    "CustomerCreditNoteLineDto": ".customer_credit_note_line_dto",
    "CustomerCreditNoteLineDtoItemType": ".customer_credit_note_line_dto_item_type",
    "CustomerCreditNoteLineUpdateDto": ".customer_credit_note_line_update_dto",
    "CustomerCreditNoteLineUpdateDtoOperation": ".customer_credit_note_line_update_dto_operation",
    "CustomerCreditNotePrintBycreditNoteNumberResponse200": ".customer_credit_note_print_bycredit_note_number_response_200",
    "CustomerCreditNoteUpdateBycreditNoteNumberResponse204": ".customer_credit_note_update_bycredit_note_number_response_204",
    "CustomerCreditNoteUpdateDto": ".customer_credit_note_update_dto",
    "CustomerCreditNoteV2CreateResponse201": ".customer_credit_note_v2_create_response_201",
    "CustomerCreditWriteOffDto": ".customer_credit_write_off_dto",
    "CustomerCreditWriteOffDtoDocumentType": ".customer_credit_write_off_dto_document_type",
    "CustomerCreditWriteOffDtoStatus": ".customer_credit_write_off_dto_status",
    "CustomerCreditWriteOffGetAllDocumentType": ".customer_credit_write_off_get_all_document_type",
    "CustomerCreditWriteOffGetAllStatus": ".customer_credit_write_off_get_all_status",
    "CustomerDebitNoteCreateHeaderAttachmentBydebitNoteNumberResponse201": ".customer_debit_note_create_header_attachment_bydebit_note_number_response_201",
    "CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201": ".customer_debit_note_create_line_attachment_bydebit_note_numberline_number_response_201",
    "CustomerDebitNoteCreateResponse201": ".customer_debit_note_create_response_201",
    "CustomerDebitNoteDto": ".customer_debit_note_dto",
    "CustomerDebitNoteDtoDocumentType": ".customer_debit_note_dto_document_type",
    "CustomerDebitNoteDtoStatus": ".customer_debit_note_dto_status",
    "CustomerDebitNoteGetAllDocumentType": ".customer_debit_note_get_all_document_type",
    "CustomerDebitNoteGetAllStatus": ".customer_debit_note_get_all_status",
    "CustomerDebitNoteLineDto": ".customer_debit_note_line_dto",
    "CustomerDebitNoteLineDtoItemType": ".customer_debit_note_line_dto_item_type",
    "CustomerDebitNoteLinesUpdateDto": ".customer_debit_note_lines_update_dto",
    "CustomerDebitNoteLinesUpdateDtoOperation": ".customer_debit_note_lines_update_dto_operation",
    "CustomerDebitNotePrintBydebitNoteNumberResponse200": ".customer_debit_note_print_bydebit_note_number_response_200",
    "CustomerDebitNoteUpdateBydebitNoteNumberResponse204": ".customer_debit_note_update_bydebit_note_number_response_204",
    "CustomerDebitNoteUpdateDto": ".customer_debit_note_update_dto",
    "CustomerDebitNoteV2CreateResponse201": ".customer_debit_note_v2_create_response_201",
    "CustomerDefaultPaymentMethodUpdateDto": ".customer_default_payment_method_update_dto",
    "CustomerDescriptionDto": ".customer_description_dto",
    "CustomerDirectDebitDto": ".customer_direct_debit_dto",
    "CustomerDirectDebitUpdateDto": ".customer_direct_debit_update_dto",
    "CustomerDirectDebitUpdateDtoOperation": ".customer_direct_debit_update_dto_operation",
    "CustomerDocumentAddressDto": ".customer_document_address_dto",
    "CustomerDocumentContactDto": ".customer_document_contact_dto",
    "CustomerDocumentDto": ".customer_document_dto",
    "CustomerDocumentDtoDocumentType": ".customer_document_dto_document_type",
    "CustomerDocumentDtoStatus": ".customer_document_dto_status",
    "CustomerDocumentGetAllDocumentsDocumentType": ".customer_document_get_all_documents_document_type",
    "CustomerDocumentGetAllDocumentsStatus": ".customer_document_get_all_documents_status",
    "CustomerDocumentVatZoneDto": ".customer_document_vat_zone_dto",
    "CustomerDto": ".customer_dto",
    "CustomerDtoCreditVerification": ".customer_dto_credit_verification",
    "CustomerDtoStatementType": ".customer_dto_statement_type",
    "CustomerDtoStatus": ".customer_dto_status",
    "CustomerGetAllCashSalesForCustomerBycustomerNumberDocumentType": ".customer_get_all_cash_sales_for_customer_bycustomer_number_document_type",
    "CustomerGetAllCashSalesForCustomerBycustomerNumberStatus": ".customer_get_all_cash_sales_for_customer_bycustomer_number_status",
    "CustomerGetAllDocumentsForCustomerBycustomerNumberDocumentType": ".customer_get_all_documents_for_customer_bycustomer_number_document_type",
    "CustomerGetAllDocumentsForCustomerBycustomerNumberStatus": ".customer_get_all_documents_for_customer_bycustomer_number_status",
    "CustomerGetAllInvoicesForCustomerBycustomerNumberDocumentType": ".customer_get_all_invoices_for_customer_bycustomer_number_document_type",
    "CustomerGetAllInvoicesForCustomerBycustomerNumberStatus": ".customer_get_all_invoices_for_customer_bycustomer_number_status",
    "CustomerGetAllOrderForCustomerBycustomerCdStatus": ".customer_get_all_order_for_customer_bycustomer_cd_status",
    "CustomerGetAllSalesOrderBasicForCustomerBycustomerCdStatus": ".customer_get_all_sales_order_basic_for_customer_bycustomer_cd_status",
    "CustomerGetAllStatus": ".customer_get_all_status",
    "CustomerGlAccountsDto": ".customer_gl_accounts_dto",
    "CustomerGlAccountsUpdateDto": ".customer_gl_accounts_update_dto",
    "CustomerIdNameDto": ".customer_id_name_dto",
    "CustomerInCashSaleDto": ".customer_in_cash_sale_dto",
    "CustomerInCreditNoteDto": ".customer_in_credit_note_dto",
    "CustomerInCustomerContractDto": ".customer_in_customer_contract_dto",
    "CustomerInCustomerContractUpdateDto": ".customer_in_customer_contract_update_dto",
    "CustomerInCustomerCreditNoteDto": ".customer_in_customer_credit_note_dto",
    "CustomerInCustomerCreditWriteOffDto": ".customer_in_customer_credit_write_off_dto",
    "CustomerInCustomerDebitNoteDto": ".customer_in_customer_debit_note_dto",
    "CustomerInCustomerDocumentDto": ".customer_in_customer_document_dto",
    "CustomerInCustomerInvoiceDto": ".customer_in_customer_invoice_dto",
    "CustomerInCustomerOverdueChargeDto": ".customer_in_customer_overdue_charge_dto",
    "CustomerInCustomerPaymentMethodDto": ".customer_in_customer_payment_method_dto",
    "CustomerInExpenseClaimDetailDto": ".customer_in_expense_claim_detail_dto",
    "CustomerInExpenseClaimDetailUpdateDto": ".customer_in_expense_claim_detail_update_dto",
    "CustomerInExpenseClaimDto": ".customer_in_expense_claim_dto",
    "CustomerInExpenseClaimUpdateDto": ".customer_in_expense_claim_update_dto",
    "CustomerInExpenseReceiptDto": ".customer_in_expense_receipt_dto",
    "CustomerInPaymentDto": ".customer_in_payment_dto",
    "CustomerInPaymentUpdateDto": ".customer_in_payment_update_dto",
    "CustomerInProjectBasicDto": ".customer_in_project_basic_dto",
    "CustomerInProjectDto": ".customer_in_project_dto",
    "CustomerInSalesOrderBasicDto": ".customer_in_sales_order_basic_dto",
    "CustomerInSalesOrderBasicUpdateDto": ".customer_in_sales_order_basic_update_dto",
    "CustomerInSalesOrderDto": ".customer_in_sales_order_dto",
    "CustomerInSalesOrderUpdateDto": ".customer_in_sales_order_update_dto",
    "CustomerInShipmentDto": ".customer_in_shipment_dto",
    "CustomerInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201": ".customer_invoice_create_header_attachment_byinvoice_number_response_201",
    "CustomerInvoiceCreateLineAttachmentByinvoiceNumberlineNumberResponse201": ".customer_invoice_create_line_attachment_byinvoice_numberline_number_response_201",
    "CustomerInvoiceCreateResponse201": ".customer_invoice_create_response_201",
    "CustomerInvoiceDeleteByinvoiceNumberResponse204": ".customer_invoice_delete_byinvoice_number_response_204",
    "CustomerInvoiceDto": ".customer_invoice_dto",
    "CustomerInvoiceDtoDocumentType": ".customer_invoice_dto_document_type",
    "CustomerInvoiceDtoStatus": ".customer_invoice_dto_status",
    "CustomerInvoiceGetAllDocumentType": ".customer_invoice_get_all_document_type",
    "CustomerInvoiceGetAllStatus": ".customer_invoice_get_all_status",
    "CustomerInvoiceLineDto": ".customer_invoice_line_dto",
    "CustomerInvoiceLineDtoItemType": ".customer_invoice_line_dto_item_type",
    "CustomerInvoiceLinesUpdateDto": ".customer_invoice_lines_update_dto",
    "CustomerInvoiceLinesUpdateDtoOperation": ".customer_invoice_lines_update_dto_operation",
    "CustomerInvoicePrintInvoiceByrefNbrResponse200": ".customer_invoice_print_invoice_byref_nbr_response_200",
    "CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200": ".customer_invoice_reverse_invoice_and_apply_to_note_byinvoice_number_response_200",
    "CustomerInvoiceUpdateByinvoiceNumberResponse204": ".customer_invoice_update_byinvoice_number_response_204",
    "CustomerInvoiceUpdateDto": ".customer_invoice_update_dto",
    "CustomerInvoiceV2CreateResponse201": ".customer_invoice_v2_create_response_201",
    "CustomerLocationInProjectDto": ".customer_location_in_project_dto",
    "CustomerNumberDto": ".customer_number_dto",
    "CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201": ".customer_overdue_charge_create_header_attachment_byoverdue_charge_number_response_201",
    "CustomerOverdueChargeCreateLineAttachmentByoverdueChargeNumberlineNumberResponse201": ".customer_overdue_charge_create_line_attachment_byoverdue_charge_numberline_number_response_201",
    "CustomerOverdueChargeDto": ".customer_overdue_charge_dto",
    "CustomerOverdueChargeDtoDocumentType": ".customer_overdue_charge_dto_document_type",
    "CustomerOverdueChargeDtoStatus": ".customer_overdue_charge_dto_status",
    "CustomerOverdueChargeGetAllDocumentType": ".customer_overdue_charge_get_all_document_type",
    "CustomerOverdueChargeGetAllStatus": ".customer_overdue_charge_get_all_status",
    "CustomerOverdueChargeLineDto": ".customer_overdue_charge_line_dto",
    "CustomerOverdueChargeLineUpdateDto": ".customer_overdue_charge_line_update_dto",
    "CustomerOverdueChargeLineUpdateDtoOperation": ".customer_overdue_charge_line_update_dto_operation",
    "CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204": ".customer_overdue_charge_update_byoverdue_charge_number_response_204",
    "CustomerOverdueChargeUpdateDto": ".customer_overdue_charge_update_dto",
    "CustomerPaymentCreatePaymentResponse201": ".customer_payment_create_payment_response_201",
    "CustomerPaymentGetAllPaymentsPaymentType": ".customer_payment_get_all_payments_payment_type",
    "CustomerPaymentGetAllPaymentsStatus": ".customer_payment_get_all_payments_status",
    "CustomerPaymentMethodCreateCustomerPaymentMethodResponse201": ".customer_payment_method_create_customer_payment_method_response_201",
    "CustomerPaymentMethodCreateDto": ".customer_payment_method_create_dto",
    "CustomerPaymentMethodDetailDto": ".customer_payment_method_detail_dto",
    "CustomerPaymentMethodDetailUpdateDto": ".customer_payment_method_detail_update_dto",
    "CustomerPaymentMethodDto": ".customer_payment_method_dto",
    "CustomerPaymentMethodInfoDto": ".customer_payment_method_info_dto",
    "CustomerPaymentMethodQueryParameters": ".customer_payment_method_query_parameters",
    "CustomerPaymentMethodUpdateCustomerPaymentMethodBycustomerIdcustomerPaymentMethodIdResponse204": ".customer_payment_method_update_customer_payment_method_bycustomer_idcustomer_payment_method_id_response_204",
    "CustomerPaymentMethodUpdateDto": ".customer_payment_method_update_dto",
    "CustomerPaymentMethodsDto": ".customer_payment_methods_dto",
    "CustomerPaymentPutBypaymentNumberResponse204": ".customer_payment_put_bypayment_number_response_204",
    "CustomerPostResponse201": ".customer_post_response_201",
    "CustomerPutBycustomerCdResponse204": ".customer_put_bycustomer_cd_response_204",
    "CustomerPutByinternalIdResponse204": ".customer_put_byinternal_id_response_204",
    "CustomerQueryParameters": ".customer_query_parameters",
    "CustomerQueryParametersStatus": ".customer_query_parameters_status",
    "CustomerSalesPriceDto": ".customer_sales_price_dto",
    "CustomerSalesPriceDtoPriceType": ".customer_sales_price_dto_price_type",
    "CustomerSalesPriceGetCustomerSalesPricesPriceType": ".customer_sales_price_get_customer_sales_prices_price_type",
    "CustomerSalesPriceQueryParameters": ".customer_sales_price_query_parameters",
    "CustomerSalesPriceQueryParametersPriceType": ".customer_sales_price_query_parameters_price_type",
    "CustomerUpdateDto": ".customer_update_dto",
    "CustomerVatZoneInCustomerCreditNoteDto": ".customer_vat_zone_in_customer_credit_note_dto",
    "CustomerVatZoneInCustomerCreditWriteOffDto": ".customer_vat_zone_in_customer_credit_write_off_dto",
    "CustomerVatZoneInCustomerDebitNoteDto": ".customer_vat_zone_in_customer_debit_note_dto",
    "CustomerVatZoneInCustomerInvoiceDto": ".customer_vat_zone_in_customer_invoice_dto",
    "CustomerVatZoneInCustomerOverdueChargeDto": ".customer_vat_zone_in_customer_overdue_charge_dto",
    "CustomerVATZoneInSalesOrderDto": ".customer_vat_zone_in_sales_order_dto",
    "CustomerVendorInProjectTransactionLineDto": ".customer_vendor_in_project_transaction_line_dto",
    "DateInExpenseClaimDetailUpdateDto": ".date_in_expense_claim_detail_update_dto",
    "DateInExpenseClaimUpdateDto": ".date_in_expense_claim_update_dto",
    "DateInInventoryAdjustmentUpdateDto": ".date_in_inventory_adjustment_update_dto",
    "DateInInventoryIssueUpdateDto": ".date_in_inventory_issue_update_dto",
    "DateInInventoryReceiptUpdateDto": ".date_in_inventory_receipt_update_dto",
    "DateInInventoryTransferUpdateDto": ".date_in_inventory_transfer_update_dto",
    "DaysEffectiveInCreateCurrencyRateTypeDto": ".days_effective_in_create_currency_rate_type_dto",
    "DebitAccountGroupInProjectTransactionLineDto": ".debit_account_group_in_project_transaction_line_dto",
    "DebitAccountInProjectTransactionLineDto": ".debit_account_in_project_transaction_line_dto",
    "DebitAccountInProjectTransactionLineDtoType": ".debit_account_in_project_transaction_line_dto_type",
    "DebitSubaccountInProjectTransactionLineDto": ".debit_subaccount_in_project_transaction_line_dto",
    "DebtCollectionDto": ".debt_collection_dto",
    "DebtCollectionInCustomerInvoiceDto": ".debt_collection_in_customer_invoice_dto",
    "DefAccountInProjectDto": ".def_account_in_project_dto",
    "DefAccountInTaskExtendedDto": ".def_account_in_task_extended_dto",
    "DefAccrualAccountInProjectDto": ".def_accrual_account_in_project_dto",
    "DefAccrualAccountInTaskExtendedDto": ".def_accrual_account_in_task_extended_dto",
    "DefAccrualSubInProjectDto": ".def_accrual_sub_in_project_dto",
    "DefAccrualSubInTaskExtendedDto": ".def_accrual_sub_in_task_extended_dto",
    "DefSubInProjectDto": ".def_sub_in_project_dto",
    "DefSubInTaskExtendedDto": ".def_sub_in_task_extended_dto",
    "DefaultCountryInBranchDto": ".default_country_in_branch_dto",
    "DefaultCountryInExtendedOrganizationDto": ".default_country_in_extended_organization_dto",
    "DefaultIssueFromDto": ".default_issue_from_dto",
    "DefaultIssueFromInInventoryDto": ".default_issue_from_in_inventory_dto",
    "DefaultIssueFromInInventoryUpdateDto": ".default_issue_from_in_inventory_update_dto",
    "DefaultNonStockItemInVatInformationDto": ".default_non_stock_item_in_vat_information_dto",
    "DefaultOffsetAccountBranchInEntryTypeDto": ".default_offset_account_branch_in_entry_type_dto",
    "DefaultOffsetAccountInEntryTypeDto": ".default_offset_account_in_entry_type_dto",
    "DefaultOffsetAccountInEntryTypeDtoType": ".default_offset_account_in_entry_type_dto_type",
    "DefaultOffsetSubaccountInEntryTypeDto": ".default_offset_subaccount_in_entry_type_dto",
    "DefaultPriceInInventoryUpdateDto": ".default_price_in_inventory_update_dto",
    "DefaultReceiptToDto": ".default_receipt_to_dto",
    "DefaultReceiptToInInventoryDto": ".default_receipt_to_in_inventory_dto",
    "DefaultReceiptToInInventoryUpdateDto": ".default_receipt_to_in_inventory_update_dto",
    "DefaultWarehouseDto": ".default_warehouse_dto",
    "DefaultWarehouseInInventoryDto": ".default_warehouse_in_inventory_dto",
    "DefaultWarehouseInInventoryUpdateDto": ".default_warehouse_in_inventory_update_dto",
    "DeferralAccountInDeferralCodeDto": ".deferral_account_in_deferral_code_dto",
    "DeferralCodeDto": ".deferral_code_dto",
    "DeferralCodeDtoCodeType": ".deferral_code_dto_code_type",
    "DeferralCodeDtoRecognitionMethod": ".deferral_code_dto_recognition_method",
    "DeferralCodeQueryParameters": ".deferral_code_query_parameters",
    "DeferralSubInDeferralCodeDto": ".deferral_sub_in_deferral_code_dto",
    "DeliveryAddressInBranchDto": ".delivery_address_in_branch_dto",
    "DeliveryAddressInCustomerDto": ".delivery_address_in_customer_dto",
    "DeliveryAddressInExtendedOrganizationDto": ".delivery_address_in_extended_organization_dto",
    "DeliveryAddressInShipmentDto": ".delivery_address_in_shipment_dto",
    "DeliveryContactInBranchDto": ".delivery_contact_in_branch_dto",
    "DeliveryContactInCustomerDto": ".delivery_contact_in_customer_dto",
    "DeliveryContactInExtendedOrganizationDto": ".delivery_contact_in_extended_organization_dto",
    "DeliveryContactInShipmentDto": ".delivery_contact_in_shipment_dto",
    "DepartmentCreateDepartmentResponse201": ".department_create_department_response_201",
    "DepartmentDto": ".department_dto",
    "DepartmentIdDescriptionDto": ".department_id_description_dto",
    "DepartmentInEmployeeUpdateDto": ".department_in_employee_update_dto",
    "DepartmentInExpenseClaimDto": ".department_in_expense_claim_dto",
    "DepartmentQueryParameters": ".department_query_parameters",
    "DepartmentUpdateBaseDto": ".department_update_base_dto",
    "DepartmentUpdateDepartmentBydepartmentIdResponse204": ".department_update_department_bydepartment_id_response_204",
    "DescriptionInCreateCurrencyRateTypeDto": ".description_in_create_currency_rate_type_dto",
    "DescriptionInExpenseClaimDetailUpdateDto": ".description_in_expense_claim_detail_update_dto",
    "DescriptionInExpenseClaimUpdateDto": ".description_in_expense_claim_update_dto",
    "DescriptionInInventoryAdjustmentUpdateDto": ".description_in_inventory_adjustment_update_dto",
    "DescriptionInInventoryIssueUpdateDto": ".description_in_inventory_issue_update_dto",
    "DescriptionInInventoryReceiptUpdateDto": ".description_in_inventory_receipt_update_dto",
    "DescriptionInInventoryTransferUpdateDto": ".description_in_inventory_transfer_update_dto",
    "DescriptionInProjectUpdateDto": ".description_in_project_update_dto",
    "DescriptionInSupplierInvoiceLandedCostUpdateDto": ".description_in_supplier_invoice_landed_cost_update_dto",
    "DescriptionInTimeCardMaterialsUpdateDto": ".description_in_time_card_materials_update_dto",
    "DescriptionInTimeCardSummaryUpdateDto": ".description_in_time_card_summary_update_dto",
    "DescriptionInWarehouseLocationUpdateDto": ".description_in_warehouse_location_update_dto",
    "DetailsDto": ".details_dto",
    "DetailsDtoPropertyType": ".details_dto_property_type",
    "DetailsDtoStatus": ".details_dto_status",
    "DetailsInCustomerContractDto": ".details_in_customer_contract_dto",
    "DetailsInFixedAssetDto": ".details_in_fixed_asset_dto",
    "DetailsInFixedAssetDtoPropertyType": ".details_in_fixed_asset_dto_property_type",
    "DetailsInFixedAssetDtoStatus": ".details_in_fixed_asset_dto_status",
    "DimensionQueryParameters": ".dimension_query_parameters",
    "DimensionUpdateSegmentBydimensionIdsegmentIdResponse204": ".dimension_update_segment_bydimension_idsegment_id_response_204",
    "DirectDebitMandateDto": ".direct_debit_mandate_dto",
    "DiscountAmountInPurchaseReceiptLineBasicUpdateDto": ".discount_amount_in_purchase_receipt_line_basic_update_dto",
    "DiscountAmountInPurchaseReceiptLineUpdateDto": ".discount_amount_in_purchase_receipt_line_update_dto",
    "DiscountBranchDto": ".discount_branch_dto",
    "DiscountBreakpointDto": ".discount_breakpoint_dto",
    "DiscountBreakpointUpdateDto": ".discount_breakpoint_update_dto",
    "DiscountBreakpointUpdateDtoOperation": ".discount_breakpoint_update_dto_operation",
    "DiscountCodeDto": ".discount_code_dto",
    "DiscountCodeIdInPurchaseReceiptLineBasicUpdateDto": ".discount_code_id_in_purchase_receipt_line_basic_update_dto",
    "DiscountCodeIdInPurchaseReceiptLineUpdateDto": ".discount_code_id_in_purchase_receipt_line_update_dto",
    "DiscountCodeInPurchaseOrderLineDto": ".discount_code_in_purchase_order_line_dto",
    "DiscountCodeInPurchaseReceiptLineDto": ".discount_code_in_purchase_receipt_line_dto",
    "DiscountCodeNumberDescriptionDto": ".discount_code_number_description_dto",
    "DiscountCodeQueryParameters": ".discount_code_query_parameters",
    "DiscountCustomer2Dto": ".discount_customer_2_dto",
    "DiscountCustomerPriceClassDto": ".discount_customer_price_class_dto",
    "DiscountDeleteBydiscountCodeseriesResponse200": ".discount_delete_bydiscount_codeseries_response_200",
    "DiscountDetailDto": ".discount_detail_dto",
    "DiscountDetailDtoType": ".discount_detail_dto_type",
    "DiscountDetailUpdateDto": ".discount_detail_update_dto",
    "DiscountDetailUpdateDtoOperation": ".discount_detail_update_dto_operation",
    "DiscountDto": ".discount_dto",
    "DiscountItemDto": ".discount_item_dto",
    "DiscountItemPriceClassDto": ".discount_item_price_class_dto",
    "DiscountPercentInPurchaseReceiptLineBasicUpdateDto": ".discount_percent_in_purchase_receipt_line_basic_update_dto",
    "DiscountPercentInPurchaseReceiptLineUpdateDto": ".discount_percent_in_purchase_receipt_line_update_dto",
    "DiscountPostResponse200": ".discount_post_response_200",
    "DiscountPutBydiscountCodeseriesResponse200": ".discount_put_bydiscount_codeseries_response_200",
    "DiscountQueryParameters": ".discount_query_parameters",
    "DiscountUpdateDto": ".discount_update_dto",
    "DiscountWarehouseDto": ".discount_warehouse_dto",
    "DisposalMethodDto": ".disposal_method_dto",
    "DisposalMethodInDetailsDto": ".disposal_method_in_details_dto",
    "DocumentQueryParameters": ".document_query_parameters",
    "DocumentQueryParametersDocumentType": ".document_query_parameters_document_type",
    "DocumentQueryParametersStatus": ".document_query_parameters_status",
    "DropShipLocationInWarehouseDto": ".drop_ship_location_in_warehouse_dto",
    "DtoDimension": ".dto_dimension",
    "DtoSegment": ".dto_segment",
    "DtoSegmentUpdateDto": ".dto_segment_update_dto",
    "DtoSegmentValue": ".dto_segment_value",
    "DtoSegmentValueUpdateDtoBase": ".dto_segment_value_update_dto_base",
    "DtoSegmentValueUpdateDtoBaseOperation": ".dto_segment_value_update_dto_base_operation",
    "DtoValueOfAccountTypes": ".dto_value_of_account_types",
    "DtoValueOfAccountTypesValue": ".dto_value_of_account_types_value",
    "DtoValueOfAccountUsedForPayment": ".dto_value_of_account_used_for_payment",
    "DtoValueOfAccountUsedForPaymentValue": ".dto_value_of_account_used_for_payment_value",
    "DtoValueOfAddressUpdateDto": ".dto_value_of_address_update_dto",
    "DtoValueOfAttributeControlType": ".dto_value_of_attribute_control_type",
    "DtoValueOfAttributeControlTypeValue": ".dto_value_of_attribute_control_type_value",
    "DtoValueOfBoolean": ".dto_value_of_boolean",
    "DtoValueOfContactInfoUpdateDto": ".dto_value_of_contact_info_update_dto",
    "DtoValueOfContactMethods": ".dto_value_of_contact_methods",
    "DtoValueOfContactMethodsValue": ".dto_value_of_contact_methods_value",
    "DtoValueOfCreditRule": ".dto_value_of_credit_rule",
    "DtoValueOfCreditRuleValue": ".dto_value_of_credit_rule_value",
    "DtoValueOfCurrencyMultDiv": ".dto_value_of_currency_mult_div",
    "DtoValueOfCurrencyMultDivValue": ".dto_value_of_currency_mult_div_value",
    "DtoValueOfCustomerDefaultPaymentMethodUpdateDto": ".dto_value_of_customer_default_payment_method_update_dto",
    "DtoValueOfCustomerDocumentTypes": ".dto_value_of_customer_document_types",
    "DtoValueOfCustomerDocumentTypesValue": ".dto_value_of_customer_document_types_value",
    "DtoValueOfCustomerGlAccountsUpdateDto": ".dto_value_of_customer_gl_accounts_update_dto",
    "DtoValueOfCustomerStatus": ".dto_value_of_customer_status",
    "DtoValueOfCustomerStatusValue": ".dto_value_of_customer_status_value",
    "DtoValueOfDateTime": ".dto_value_of_date_time",
    "DtoValueOfDecimal": ".dto_value_of_decimal",
    "DtoValueOfEInvoiceContractUpdateDto": ".dto_value_of_e_invoice_contract_update_dto",
    "DtoValueOfEmployeeTitles": ".dto_value_of_employee_titles",
    "DtoValueOfEmployeeTitlesValue": ".dto_value_of_employee_titles_value",
    "DtoValueOfInt16": ".dto_value_of_int_16",
    "DtoValueOfInt32": ".dto_value_of_int_32",
    "DtoValueOfInt64": ".dto_value_of_int_64",
    "DtoValueOfInventoryCrossReferenceAlternateTypes": ".dto_value_of_inventory_cross_reference_alternate_types",
    "DtoValueOfInventoryCrossReferenceAlternateTypesValue": ".dto_value_of_inventory_cross_reference_alternate_types_value",
    "DtoValueOfInventoryStatus": ".dto_value_of_inventory_status",
    "DtoValueOfInventoryStatusValue": ".dto_value_of_inventory_status_value",
    "DtoValueOfInventoryType": ".dto_value_of_inventory_type",
    "DtoValueOfInventoryTypeValue": ".dto_value_of_inventory_type_value",
    "DtoValueOfNullableOfBillingPeriod": ".dto_value_of_nullable_of_billing_period",
    "DtoValueOfNullableOfBillingPeriodValue": ".dto_value_of_nullable_of_billing_period_value",
    "DtoValueOfNullableOfBoolean": ".dto_value_of_nullable_of_boolean",
    "DtoValueOfNullableOfDateTime": ".dto_value_of_nullable_of_date_time",
    "DtoValueOfNullableOfDecimal": ".dto_value_of_nullable_of_decimal",
    "DtoValueOfNullableOfEmployeeStatus": ".dto_value_of_nullable_of_employee_status",
    "DtoValueOfNullableOfEmployeeStatusValue": ".dto_value_of_nullable_of_employee_status_value",
    "DtoValueOfNullableOfGuid": ".dto_value_of_nullable_of_guid",
    "DtoValueOfNullableOfInt16": ".dto_value_of_nullable_of_int_16",
    "DtoValueOfNullableOfInt32": ".dto_value_of_nullable_of_int_32",
    "DtoValueOfNullableOfInventoryReplenishmentSources": ".dto_value_of_nullable_of_inventory_replenishment_sources",
    "DtoValueOfNullableOfInventoryReplenishmentSourcesValue": ".dto_value_of_nullable_of_inventory_replenishment_sources_value",
    "DtoValueOfNullableOfInventoryTransactionType": ".dto_value_of_nullable_of_inventory_transaction_type",
    "DtoValueOfNullableOfInventoryTransactionTypeValue": ".dto_value_of_nullable_of_inventory_transaction_type_value",
    "DtoValueOfNullableOfInvoiceToType": ".dto_value_of_nullable_of_invoice_to_type",
    "DtoValueOfNullableOfInvoiceToTypeValue": ".dto_value_of_nullable_of_invoice_to_type_value",
    "DtoValueOfNullableOfJournalTransactionModule": ".dto_value_of_nullable_of_journal_transaction_module",
    "DtoValueOfNullableOfJournalTransactionModuleValue": ".dto_value_of_nullable_of_journal_transaction_module_value",
    "DtoValueOfNullableOfPaymentTypes": ".dto_value_of_nullable_of_payment_types",
    "DtoValueOfNullableOfPaymentTypesValue": ".dto_value_of_nullable_of_payment_types_value",
    "DtoValueOfNullableOfPoLineType": ".dto_value_of_nullable_of_po_line_type",
    "DtoValueOfNullableOfPoLineTypeValue": ".dto_value_of_nullable_of_po_line_type_value",
    "DtoValueOfNullableOfPOShippingDestinationType": ".dto_value_of_nullable_of_po_shipping_destination_type",
    "DtoValueOfNullableOfPOShippingDestinationTypeValue": ".dto_value_of_nullable_of_po_shipping_destination_type_value",
    "DtoValueOfNullableOfPrimaryItemValid": ".dto_value_of_nullable_of_primary_item_valid",
    "DtoValueOfNullableOfPrimaryItemValidValue": ".dto_value_of_nullable_of_primary_item_valid_value",
    "DtoValueOfNullableOfProjTaskStatus": ".dto_value_of_nullable_of_proj_task_status",
    "DtoValueOfNullableOfProjTaskStatusValue": ".dto_value_of_nullable_of_proj_task_status_value",
    "DtoValueOfNullableOfProjectStatus": ".dto_value_of_nullable_of_project_status",
    "DtoValueOfNullableOfProjectStatusValue": ".dto_value_of_nullable_of_project_status_value",
    "DtoValueOfNullableOfProjectTransactionStatus": ".dto_value_of_nullable_of_project_transaction_status",
    "DtoValueOfNullableOfProjectTransactionStatusValue": ".dto_value_of_nullable_of_project_transaction_status_value",
    "DtoValueOfNullableOfPurchaseOrderReceiptAction": ".dto_value_of_nullable_of_purchase_order_receipt_action",
    "DtoValueOfNullableOfPurchaseOrderReceiptActionValue": ".dto_value_of_nullable_of_purchase_order_receipt_action_value",
    "DtoValueOfNullableOfPurchaseOrderType": ".dto_value_of_nullable_of_purchase_order_type",
    "DtoValueOfNullableOfPurchaseOrderTypeValue": ".dto_value_of_nullable_of_purchase_order_type_value",
    "DtoValueOfNullableOfRutRotItemTypes": ".dto_value_of_nullable_of_rut_rot_item_types",
    "DtoValueOfNullableOfRutRotItemTypesValue": ".dto_value_of_nullable_of_rut_rot_item_types_value",
    "DtoValueOfNullableOfRutRotTypes": ".dto_value_of_nullable_of_rut_rot_types",
    "DtoValueOfNullableOfRutRotTypesValue": ".dto_value_of_nullable_of_rut_rot_types_value",
    "DtoValueOfNullableOfSalesOrderOperations": ".dto_value_of_nullable_of_sales_order_operations",
    "DtoValueOfNullableOfSalesOrderOperationsValue": ".dto_value_of_nullable_of_sales_order_operations_value",
    "DtoValueOfNullableOfSalesOrderShipCompleteStatuses": ".dto_value_of_nullable_of_sales_order_ship_complete_statuses",
    "DtoValueOfNullableOfSalesOrderShipCompleteStatusesValue": ".dto_value_of_nullable_of_sales_order_ship_complete_statuses_value",
    "DtoValueOfNullableOfSalesOrderTypes": ".dto_value_of_nullable_of_sales_order_types",
    "DtoValueOfNullableOfSalesOrderTypesValue": ".dto_value_of_nullable_of_sales_order_types_value",
    "DtoValueOfNullableOfShipmentOperations": ".dto_value_of_nullable_of_shipment_operations",
    "DtoValueOfNullableOfShipmentOperationsValue": ".dto_value_of_nullable_of_shipment_operations_value",
    "DtoValueOfNullableOfShipmentTypes": ".dto_value_of_nullable_of_shipment_types",
    "DtoValueOfNullableOfShipmentTypesValue": ".dto_value_of_nullable_of_shipment_types_value",
    "DtoValueOfNullableOfSupplierDocumentType": ".dto_value_of_nullable_of_supplier_document_type",
    "DtoValueOfNullableOfSupplierDocumentTypeValue": ".dto_value_of_nullable_of_supplier_document_type_value",
    "DtoValueOfNullableOfSupplierInvoiceTypes": ".dto_value_of_nullable_of_supplier_invoice_types",
    "DtoValueOfNullableOfSupplierInvoiceTypesValue": ".dto_value_of_nullable_of_supplier_invoice_types_value",
    "DtoValueOfNullableOfSupplierPaymentTypes": ".dto_value_of_nullable_of_supplier_payment_types",
    "DtoValueOfNullableOfSupplierPaymentTypesValue": ".dto_value_of_nullable_of_supplier_payment_types_value",
    "DtoValueOfNullableOfTaxCalcMode": ".dto_value_of_nullable_of_tax_calc_mode",
    "DtoValueOfNullableOfTaxCalcModeValue": ".dto_value_of_nullable_of_tax_calc_mode_value",
    "DtoValueOfNullableOfTransportationModes": ".dto_value_of_nullable_of_transportation_modes",
    "DtoValueOfNullableOfTransportationModesValue": ".dto_value_of_nullable_of_transportation_modes_value",
    "DtoValueOfPaymentBy": ".dto_value_of_payment_by",
    "DtoValueOfPaymentByValue": ".dto_value_of_payment_by_value",
    "DtoValueOfPeppolSchemeUpdateDto": ".dto_value_of_peppol_scheme_update_dto",
    "DtoValueOfPurchaseOrderAddressUpdateDto": ".dto_value_of_purchase_order_address_update_dto",
    "DtoValueOfPurchaseOrderContactUpdateDto": ".dto_value_of_purchase_order_contact_update_dto",
    "DtoValueOfPurchaseReceiptType": ".dto_value_of_purchase_receipt_type",
    "DtoValueOfPurchaseReceiptTypeValue": ".dto_value_of_purchase_receipt_type_value",
    "DtoValueOfSalesInvoiceAddressUpdateDto": ".dto_value_of_sales_invoice_address_update_dto",
    "DtoValueOfSalesInvoiceContactUpdateDto": ".dto_value_of_sales_invoice_contact_update_dto",
    "DtoValueOfSalesOrderAddressUpdateDto": ".dto_value_of_sales_order_address_update_dto",
    "DtoValueOfSalesOrderContactUpdateDto": ".dto_value_of_sales_order_contact_update_dto",
    "DtoValueOfStatementTypes": ".dto_value_of_statement_types",
    "DtoValueOfStatementTypesValue": ".dto_value_of_statement_types_value",
    "DtoValueOfString": ".dto_value_of_string",
    "DtoValueOfSupplierChargeBearer": ".dto_value_of_supplier_charge_bearer",
    "DtoValueOfSupplierChargeBearerValue": ".dto_value_of_supplier_charge_bearer_value",
    "DtoValueOfSupplierGlAccountsUpdateDto": ".dto_value_of_supplier_gl_accounts_update_dto",
    "DtoValueOfSupplierStatus": ".dto_value_of_supplier_status",
    "DtoValueOfSupplierStatusValue": ".dto_value_of_supplier_status_value",
    "EInvoiceContractDto": ".e_invoice_contract_dto",
    "EInvoiceContractInCustomerDto": ".e_invoice_contract_in_customer_dto",
    "EInvoiceContractUpdateDto": ".e_invoice_contract_update_dto",
    "EarningTypeDto": ".earning_type_dto",
    "EarningTypeInProjectTransactionLineDto": ".earning_type_in_project_transaction_line_dto",
    "EarningTypeInTimeCardSummaryDto": ".earning_type_in_time_card_summary_dto",
    "EarningTypeInTimeCardSummaryUpdateDto": ".earning_type_in_time_card_summary_update_dto",
    "EarningTypeQueryParameters": ".earning_type_query_parameters",
    "EffectiveDateInCreateCurrencyRateDto": ".effective_date_in_create_currency_rate_dto",
    "EmployeeClassInEmployeeDto": ".employee_class_in_employee_dto",
    "EmployeeContactDto": ".employee_contact_dto",
    "EmployeeContactDtoTitle": ".employee_contact_dto_title",
    "EmployeeContactUpdateDto": ".employee_contact_update_dto",
    "EmployeeCreateDTO": ".employee_create_dto",
    "EmployeeCreateEmployeeResponse200": ".employee_create_employee_response_200",
    "EmployeeDescriptionDto": ".employee_description_dto",
    "EmployeeDto": ".employee_dto",
    "EmployeeDtoStatus": ".employee_dto_status",
    "EmployeeGetEmployeeExpenseClaimsByemployeeCdStatus": ".employee_get_employee_expense_claims_byemployee_cd_status",
    "EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus": ".employee_get_employee_expense_receipts_byemployee_cd_status",
    "EmployeeGetEmployeeTimeCardsByemployeeCdStatus": ".employee_get_employee_time_cards_byemployee_cd_status",
    "EmployeeGetEmployeeTimeCardsByemployeeCdType": ".employee_get_employee_time_cards_byemployee_cd_type",
    "EmployeeInProjectTransactionLineDto": ".employee_in_project_transaction_line_dto",
    "EmployeeInProjectTransactionLineDtoStatus": ".employee_in_project_transaction_line_dto_status",
    "EmployeeInTimeCardDto": ".employee_in_time_card_dto",
    "EmployeeNumberNameDto": ".employee_number_name_dto",
    "EmployeePartInExpenseClaimDetailUpdateDto": ".employee_part_in_expense_claim_detail_update_dto",
    "EmployeePutByemployeeCdResponse204": ".employee_put_byemployee_cd_response_204",
    "EmployeeQueryParameters": ".employee_query_parameters",
    "EmployeeTimeCardQueryParameters": ".employee_time_card_query_parameters",
    "EmployeeTimeCardQueryParametersStatus": ".employee_time_card_query_parameters_status",
    "EmployeeTimeCardQueryParametersType": ".employee_time_card_query_parameters_type",
    "EmployeeUpdateDto": ".employee_update_dto",
    "EntryTypeDto": ".entry_type_dto",
    "EntryTypeDtoDisableReceipt": ".entry_type_dto_disable_receipt",
    "EntryTypeDtoTaxCalculationMode": ".entry_type_dto_tax_calculation_mode",
    "EntryTypeIdDescriptionDto": ".entry_type_id_description_dto",
    "EntryTypeInCashTransactionDto": ".entry_type_in_cash_transaction_dto",
    "ExpenseAccountImportInSupplierGlAccountsDto": ".expense_account_import_in_supplier_gl_accounts_dto",
    "ExpenseAccountInDepartmentDto": ".expense_account_in_department_dto",
    "ExpenseAccountInDepartmentDtoType": ".expense_account_in_department_dto_type",
    "ExpenseAccountInExpenseClaimDetailDto": ".expense_account_in_expense_claim_detail_dto",
    "ExpenseAccountInExpenseClaimDetailDtoType": ".expense_account_in_expense_claim_detail_dto_type",
    "ExpenseAccountInExpenseClaimDetailUpdateDto": ".expense_account_in_expense_claim_detail_update_dto",
    "ExpenseAccountInExpenseReceiptDto": ".expense_account_in_expense_receipt_dto",
    "ExpenseAccountInInventoryAccountInformationDto": ".expense_account_in_inventory_account_information_dto",
    "ExpenseAccountInInventoryUpdateDto": ".expense_account_in_inventory_update_dto",
    "ExpenseAccountInSupplierGlAccountsDto": ".expense_account_in_supplier_gl_accounts_dto",
    "ExpenseAccountNonTaxInSupplierGlAccountsDto": ".expense_account_non_tax_in_supplier_gl_accounts_dto",
    "ExpenseAccrualAccountInInventoryAccountInformationDto": ".expense_accrual_account_in_inventory_account_information_dto",
    "ExpenseAccrualAccountInInventoryUpdateDto": ".expense_accrual_account_in_inventory_update_dto",
    "ExpenseClaimCreateExpenseClaimResponse201": ".expense_claim_create_expense_claim_response_201",
    "ExpenseClaimDeleteByexpenseClaimNbrResponse204": ".expense_claim_delete_byexpense_claim_nbr_response_204",
    "ExpenseClaimDetailDto": ".expense_claim_detail_dto",
    "ExpenseClaimDetailDtoApprovalStatus": ".expense_claim_detail_dto_approval_status",
    "ExpenseClaimDetailUpdateDto": ".expense_claim_detail_update_dto",
    "ExpenseClaimDetailUpdateDtoOperation": ".expense_claim_detail_update_dto_operation",
    "ExpenseClaimDto": ".expense_claim_dto",
    "ExpenseClaimDtoApprovalStatus": ".expense_claim_dto_approval_status",
    "ExpenseClaimDtoStatus": ".expense_claim_dto_status",
    "ExpenseClaimGetAllStatus": ".expense_claim_get_all_status",
    "ExpenseClaimInExpenseReceiptDto": ".expense_claim_in_expense_receipt_dto",
    "ExpenseClaimNumberDescriptionDto": ".expense_claim_number_description_dto",
    "ExpenseClaimPutByexpenseClaimNbrResponse204": ".expense_claim_put_byexpense_claim_nbr_response_204",
    "ExpenseClaimQueryParameters": ".expense_claim_query_parameters",
    "ExpenseClaimQueryParametersStatus": ".expense_claim_query_parameters_status",
    "ExpenseClaimUpdateDto": ".expense_claim_update_dto",
    "ExpenseClaimUpdateDtoCustomerUpdateAnswer": ".expense_claim_update_dto_customer_update_answer",
    "ExpenseEuAccountInInventoryAccountInformationDto": ".expense_eu_account_in_inventory_account_information_dto",
    "ExpenseEUAccountInSupplierGlAccountsDto": ".expense_eu_account_in_supplier_gl_accounts_dto",
    "ExpenseImportAccountInInventoryAccountInformationDto": ".expense_import_account_in_inventory_account_information_dto",
    "ExpenseItemInExpenseClaimDetailDto": ".expense_item_in_expense_claim_detail_dto",
    "ExpenseItemInExpenseClaimDetailUpdateDto": ".expense_item_in_expense_claim_detail_update_dto",
    "ExpenseNonTaxableAccountInInventoryAccountInformationDto": ".expense_non_taxable_account_in_inventory_account_information_dto",
    "ExpenseReceiptCreateAttachmentByreceiptNumberResponse201": ".expense_receipt_create_attachment_byreceipt_number_response_201",
    "ExpenseReceiptDeleteByreceiptNumberResponse204": ".expense_receipt_delete_byreceipt_number_response_204",
    "ExpenseReceiptDto": ".expense_receipt_dto",
    "ExpenseReceiptDtoStatus": ".expense_receipt_dto_status",
    "ExpenseReceiptGetAllStatus": ".expense_receipt_get_all_status",
    "ExpenseReceiptPostResponse201": ".expense_receipt_post_response_201",
    "ExpenseReceiptPutByreceiptNumberResponse204": ".expense_receipt_put_byreceipt_number_response_204",
    "ExpenseReceiptQueryParameters": ".expense_receipt_query_parameters",
    "ExpenseReceiptQueryParametersStatus": ".expense_receipt_query_parameters_status",
    "ExpenseReceiptUpdateDto": ".expense_receipt_update_dto",
    "ExpenseSubInExpenseReceiptDto": ".expense_sub_in_expense_receipt_dto",
    "ExpenseSubaccountInDepartmentDto": ".expense_subaccount_in_department_dto",
    "ExpenseSubaccountInExpenseClaimDetailDto": ".expense_subaccount_in_expense_claim_detail_dto",
    "ExpenseSubaccountInInventoryAccountInformationDto": ".expense_subaccount_in_inventory_account_information_dto",
    "ExpenseSubaccountInSupplierGlAccountsDto": ".expense_subaccount_in_supplier_gl_accounts_dto",
    "ExpirationDateInAllocationsUpdateDto": ".expiration_date_in_allocations_update_dto",
    "ExpirationDateInPurchaseReceiptLineBasicUpdateDto": ".expiration_date_in_purchase_receipt_line_basic_update_dto",
    "ExpirationDateInPurchaseReceiptLineUpdateDto": ".expiration_date_in_purchase_receipt_line_update_dto",
    "ExpirationDateInShipmentDetailLineUpdateDto": ".expiration_date_in_shipment_detail_line_update_dto",
    "ExtCostInPurchaseReceiptLineBasicUpdateDto": ".ext_cost_in_purchase_receipt_line_basic_update_dto",
    "ExtCostInPurchaseReceiptLineUpdateDto": ".ext_cost_in_purchase_receipt_line_update_dto",
    "ExtendedOrganizationDto": ".extended_organization_dto",
    "ExternalCode1InfoInAccountDto": ".external_code_1_info_in_account_dto",
    "ExternalCode2InfoInAccountDto": ".external_code_2_info_in_account_dto",
    "ExternalCodeNumberDescriptionDto": ".external_code_number_description_dto",
    "ExternalReferenceInInventoryAdjustmentUpdateDto": ".external_reference_in_inventory_adjustment_update_dto",
    "ExternalReferenceInInventoryIssueUpdateDto": ".external_reference_in_inventory_issue_update_dto",
    "ExternalReferenceInInventoryReceiptUpdateDto": ".external_reference_in_inventory_receipt_update_dto",
    "ExternalReferenceInInventoryTransferUpdateDto": ".external_reference_in_inventory_transfer_update_dto",
    "FinanacialPeriodInCashTransactionUpdateDto": ".finanacial_period_in_cash_transaction_update_dto",
    "FinancialDetailsInPaymentDto": ".financial_details_in_payment_dto",
    "FinancialPeriodAmountDto": ".financial_period_amount_dto",
    "FinancialPeriodAmountUpdateDto": ".financial_period_amount_update_dto",
    "FinancialPeriodAmountUpdateDtoOperation": ".financial_period_amount_update_dto_operation",
    "FinancialPeriodDto": ".financial_period_dto",
    "FinancialPeriodInCashSaleUpdateDto": ".financial_period_in_cash_sale_update_dto",
    "FinancialPeriodInCashTransactionUpdateDto": ".financial_period_in_cash_transaction_update_dto",
    "FinancialPeriodInCreditNoteUpdateDto": ".financial_period_in_credit_note_update_dto",
    "FinancialPeriodInCustomerCreditNoteUpdateDto": ".financial_period_in_customer_credit_note_update_dto",
    "FinancialPeriodInCustomerDebitNoteUpdateDto": ".financial_period_in_customer_debit_note_update_dto",
    "FinancialPeriodInCustomerInvoiceUpdateDto": ".financial_period_in_customer_invoice_update_dto",
    "FinancialPeriodInCustomerOverdueChargeUpdateDto": ".financial_period_in_customer_overdue_charge_update_dto",
    "FinancialPeriodInJournalTransactionUpdateDto": ".financial_period_in_journal_transaction_update_dto",
    "FinancialPeriodInSupplierInvoiceUpdateDto": ".financial_period_in_supplier_invoice_update_dto",
    "FinancialPeriodQueryParameters": ".financial_period_query_parameters",
    "FinancialsDetailDto": ".financials_detail_dto",
    "FinancialsDetailDtoTaxCalcMode": ".financials_detail_dto_tax_calc_mode",
    "FinancialsDetailInCashTransactionDto": ".financials_detail_in_cash_transaction_dto",
    "FinancialsDetailInCashTransactionDtoTaxCalcMode": ".financials_detail_in_cash_transaction_dto_tax_calc_mode",
    "FirstTimeStartupDto": ".first_time_startup_dto",
    "FixedAssetAccountsDto": ".fixed_asset_accounts_dto",
    "FixedAssetBookSettingsDto": ".fixed_asset_book_settings_dto",
    "FixedAssetClassDto": ".fixed_asset_class_dto",
    "FixedAssetClassQueryParameters": ".fixed_asset_class_query_parameters",
    "FixedAssetDto": ".fixed_asset_dto",
    "FixedAssetGetAllStatus": ".fixed_asset_get_all_status",
    "FixedAssetLocationDto": ".fixed_asset_location_dto",
    "FixedAssetPropertyTaxDetailsDto": ".fixed_asset_property_tax_details_dto",
    "FixedAssetPropertyTaxDto": ".fixed_asset_property_tax_dto",
    "FixedAssetPropertyTaxQueryParameters": ".fixed_asset_property_tax_query_parameters",
    "FixedAssetQueryParameters": ".fixed_asset_query_parameters",
    "FixedAssetQueryParametersStatus": ".fixed_asset_query_parameters_status",
    "FixedAssetRegisterDto": ".fixed_asset_register_dto",
    "FixedAssetRegisterDtoStatus": ".fixed_asset_register_dto_status",
    "FixedAssetTransactionAccountsDto": ".fixed_asset_transaction_accounts_dto",
    "FixedAssetTransactionDto": ".fixed_asset_transaction_dto",
    "FixedAssetTransactionDtoOrigin": ".fixed_asset_transaction_dto_origin",
    "FixedAssetTransactionDtoTransactionType": ".fixed_asset_transaction_dto_transaction_type",
    "FixedAssetTransactionGetAllStatus": ".fixed_asset_transaction_get_all_status",
    "FixedAssetTransactionGetAllTransactionType": ".fixed_asset_transaction_get_all_transaction_type",
    "FixedAssetTransactionQueryParameters": ".fixed_asset_transaction_query_parameters",
    "FixedAssetTransactionQueryParametersStatus": ".fixed_asset_transaction_query_parameters_status",
    "FixedAssetTransactionQueryParametersTransactionType": ".fixed_asset_transaction_query_parameters_transaction_type",
    "FOBPointDescriptionDto": ".fob_point_description_dto",
    "FobPointInSalesOrderDto": ".fob_point_in_sales_order_dto",
    "FobPointInShipmentDto": ".fob_point_in_shipment_dto",
    "FriInTimeCardMaterialsUpdateDto": ".fri_in_time_card_materials_update_dto",
    "FriInTimeCardSummaryUpdateDto": ".fri_in_time_card_summary_update_dto",
    "FromCurrencyIdInCreateCurrencyRateDto": ".from_currency_id_in_create_currency_rate_dto",
    "FromWarehouseInShipmentDto": ".from_warehouse_in_shipment_dto",
    "GeneralLedgerBalanceDto": ".general_ledger_balance_dto",
    "GeneralLedgerBalanceDtoBalanceType": ".general_ledger_balance_dto_balance_type",
    "GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType": ".general_ledger_balance_v2_get_general_ledger_balances_balance_type",
    "GeneralLedgerBudgetQueryParameters": ".general_ledger_budget_query_parameters",
    "GeneralLedgerPeriodBalanceQueryParameters": ".general_ledger_period_balance_query_parameters",
    "GeneralLedgerPeriodBalanceQueryParametersBalanceType": ".general_ledger_period_balance_query_parameters_balance_type",
    "GeneralLedgerTransactionDetailsDto": ".general_ledger_transaction_details_dto",
    "GeneralLedgerTransactionsQueryParameters": ".general_ledger_transactions_query_parameters",
    "GlAccountsInCustomerDto": ".gl_accounts_in_customer_dto",
    "GlAccountsInSupplierDto": ".gl_accounts_in_supplier_dto",
    "GlAccountsInVatInformationDto": ".gl_accounts_in_vat_information_dto",
    "GlnInPurchaseOrderBasicUpdateDto": ".gln_in_purchase_order_basic_update_dto",
    "GlnInPurchaseOrderUpdateDto": ".gln_in_purchase_order_update_dto",
    "GlnInSalesOrderBasicUpdateDto": ".gln_in_sales_order_basic_update_dto",
    "GlnInSalesOrderUpdateDto": ".gln_in_sales_order_update_dto",
    "HoldInInventoryAdjustmentUpdateDto": ".hold_in_inventory_adjustment_update_dto",
    "HoldInInventoryIssueUpdateDto": ".hold_in_inventory_issue_update_dto",
    "HoldInInventoryReceiptUpdateDto": ".hold_in_inventory_receipt_update_dto",
    "HoldInInventoryTransferUpdateDto": ".hold_in_inventory_transfer_update_dto",
    "HoldInPaymentUpdateDto": ".hold_in_payment_update_dto",
    "IbanInBankSettingsUpdateDto": ".iban_in_bank_settings_update_dto",
    "IdDescriptionDtoOfString": ".id_description_dto_of_string",
    "IdInCreateCurrencyRateTypeDto": ".id_in_create_currency_rate_type_dto",
    "ImageInExpenseReceiptDto": ".image_in_expense_receipt_dto",
    "INAllocationsDto": ".in_allocations_dto",
    "INAllocationsUpdateDto": ".in_allocations_update_dto",
    "INAllocationsUpdateDtoOperation": ".in_allocations_update_dto_operation",
    "InclQtyAvailInWarehouseLocationUpdateDto": ".incl_qty_avail_in_warehouse_location_update_dto",
    "IndustryCodeDto": ".industry_code_dto",
    "IndustryCodeInBranchDto": ".industry_code_in_branch_dto",
    "IndustryCodeInExtendedOrganizationDto": ".industry_code_in_extended_organization_dto",
    "InstalmentSchedule": ".instalment_schedule",
    "IntrastatDto": ".intrastat_dto",
    "IntrastatInInventoryDto": ".intrastat_in_inventory_dto",
    "IntrastatUpdateDto": ".intrastat_update_dto",
    "InventoryAccountInInventoryAccountInformationDto": ".inventory_account_in_inventory_account_information_dto",
    "InventoryAccountInInventoryUpdateDto": ".inventory_account_in_inventory_update_dto",
    "InventoryAccountInformationDto": ".inventory_account_information_dto",
    "InventoryAdjustmentDto": ".inventory_adjustment_dto",
    "InventoryAdjustmentDtoStatus": ".inventory_adjustment_dto_status",
    "InventoryAdjustmentGetAllStatus": ".inventory_adjustment_get_all_status",
    "InventoryAdjustmentLineDto": ".inventory_adjustment_line_dto",
    "InventoryAdjustmentLineUpdateDto": ".inventory_adjustment_line_update_dto",
    "InventoryAdjustmentLineUpdateDtoOperation": ".inventory_adjustment_line_update_dto_operation",
    "InventoryAdjustmentPostResponse201": ".inventory_adjustment_post_response_201",
    "InventoryAdjustmentPutByinventoryAdjustmentNumberResponse204": ".inventory_adjustment_put_byinventory_adjustment_number_response_204",
    "InventoryAdjustmentUpdateDto": ".inventory_adjustment_update_dto",
    "InventoryCreateInventoryAttachmentByinventoryNumberResponse201": ".inventory_create_inventory_attachment_byinventory_number_response_201",
    "InventoryCreateInventoryCrossReferencesByinventoryNumberResponse200": ".inventory_create_inventory_cross_references_byinventory_number_response_200",
    "InventoryCrossReferenceDto": ".inventory_cross_reference_dto",
    "InventoryCrossReferenceDtoAlternateType": ".inventory_cross_reference_dto_alternate_type",
    "InventoryCrossReferenceUpdateDto": ".inventory_cross_reference_update_dto",
    "InventoryDocumentQueryParameters": ".inventory_document_query_parameters",
    "InventoryDocumentQueryParametersStatus": ".inventory_document_query_parameters_status",
    "InventoryDto": ".inventory_dto",
    "InventoryDtoStatus": ".inventory_dto_status",
    "InventoryDtoType": ".inventory_dto_type",
    "InventoryGetAllStatus": ".inventory_get_all_status",
    "InventoryIdInProjectTransactionLineDto": ".inventory_id_in_project_transaction_line_dto",
    "InventoryIdInPurchaseReceiptLineBasicUpdateDto": ".inventory_id_in_purchase_receipt_line_basic_update_dto",
    "InventoryIdInPurchaseReceiptLineUpdateDto": ".inventory_id_in_purchase_receipt_line_update_dto",
    "InventoryIdInSalesOrderBasicLineUpdateDto": ".inventory_id_in_sales_order_basic_line_update_dto",
    "InventoryIdInSalesOrderLineUpdateDto": ".inventory_id_in_sales_order_line_update_dto",
    "InventoryIdInSupplierInvoiceLandedCostUpdateDto": ".inventory_id_in_supplier_invoice_landed_cost_update_dto",
    "InventoryIdNameDescriptionDto": ".inventory_id_name_description_dto",
    "InventoryIdNameDto": ".inventory_id_name_dto",
    "InventoryInInventorySummaryDto": ".inventory_in_inventory_summary_dto",
    "InventoryInPurchaseOrderLineDto": ".inventory_in_purchase_order_line_dto",
    "InventoryInStocktakeLineDto": ".inventory_in_stocktake_line_dto",
    "InventoryInStocktakeLineV2Dto": ".inventory_in_stocktake_line_v2_dto",
    "InventoryIssueDto": ".inventory_issue_dto",
    "InventoryIssueDtoStatus": ".inventory_issue_dto_status",
    "InventoryIssueGetAllStatus": ".inventory_issue_get_all_status",
    "InventoryIssueLineDto": ".inventory_issue_line_dto",
    "InventoryIssueLineDtoTransactionType": ".inventory_issue_line_dto_transaction_type",
    "InventoryIssueLineUpdateDto": ".inventory_issue_line_update_dto",
    "InventoryIssueLineUpdateDtoOperation": ".inventory_issue_line_update_dto_operation",
    "InventoryIssuePostResponse201": ".inventory_issue_post_response_201",
    "InventoryIssuePutByinventoryIssueNumberResponse204": ".inventory_issue_put_byinventory_issue_number_response_204",
    "InventoryIssueUpdateDto": ".inventory_issue_update_dto",
    "InventoryItemInInventoryAdjustmentLineDto": ".inventory_item_in_inventory_adjustment_line_dto",
    "InventoryItemInInventoryIssueLineDto": ".inventory_item_in_inventory_issue_line_dto",
    "InventoryItemInInventoryReceiptLineDto": ".inventory_item_in_inventory_receipt_line_dto",
    "InventoryItemInInventoryTransferLineDto": ".inventory_item_in_inventory_transfer_line_dto",
    "InventoryNumberDescriptionDto": ".inventory_number_description_dto",
    "InventoryNumberInInventoryUpdateDto": ".inventory_number_in_inventory_update_dto",
    "InventoryNumberInSalesOrderBasicLineUpdateDto": ".inventory_number_in_sales_order_basic_line_update_dto",
    "InventoryNumberInSalesOrderLineUpdateDto": ".inventory_number_in_sales_order_line_update_dto",
    "InventoryPostResponse201": ".inventory_post_response_201",
    "InventoryPutByinventoryIdResponse204": ".inventory_put_byinventory_id_response_204",
    "InventoryPutByinventoryNumberResponse204": ".inventory_put_byinventory_number_response_204",
    "InventoryQueryParameters": ".inventory_query_parameters",
    "InventoryQueryParametersStatus": ".inventory_query_parameters_status",
    "InventoryReceiptDto": ".inventory_receipt_dto",
    "InventoryReceiptDtoStatus": ".inventory_receipt_dto_status",
    "InventoryReceiptGetAllStatus": ".inventory_receipt_get_all_status",
    "InventoryReceiptLineAllocationsUpdateDto": ".inventory_receipt_line_allocations_update_dto",
    "InventoryReceiptLineAllocationsUpdateDtoOperation": ".inventory_receipt_line_allocations_update_dto_operation",
    "InventoryReceiptLineDto": ".inventory_receipt_line_dto",
    "InventoryReceiptLineUpdateDto": ".inventory_receipt_line_update_dto",
    "InventoryReceiptLineUpdateDtoOperation": ".inventory_receipt_line_update_dto_operation",
    "InventoryReceiptPostResponse201": ".inventory_receipt_post_response_201",
    "InventoryReceiptPutByinventoryReceiptNumberResponse204": ".inventory_receipt_put_byinventory_receipt_number_response_204",
    "InventoryReceiptUpdateDto": ".inventory_receipt_update_dto",
    "InventorySummaryDto": ".inventory_summary_dto",
    "InventorySummaryQueryParameters": ".inventory_summary_query_parameters",
    "InventoryTransferDocumentQueryParameters": ".inventory_transfer_document_query_parameters",
    "InventoryTransferDocumentQueryParametersStatus": ".inventory_transfer_document_query_parameters_status",
    "InventoryTransferDto": ".inventory_transfer_dto",
    "InventoryTransferDtoStatus": ".inventory_transfer_dto_status",
    "InventoryTransferGetAllStatus": ".inventory_transfer_get_all_status",
    "InventoryTransferLineDto": ".inventory_transfer_line_dto",
    "InventoryTransferLineUpdateDto": ".inventory_transfer_line_update_dto",
    "InventoryTransferLineUpdateDtoOperation": ".inventory_transfer_line_update_dto_operation",
    "InventoryTransferPostResponse201": ".inventory_transfer_post_response_201",
    "InventoryTransferPutByinventoryTransferNumberResponse201": ".inventory_transfer_put_byinventory_transfer_number_response_201",
    "InventoryTransferUpdateDto": ".inventory_transfer_update_dto",
    "InventoryUnitDto": ".inventory_unit_dto",
    "InventoryUpdateDto": ".inventory_update_dto",
    "InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType": ".inventory_update_inventory_cross_references_byinventory_numberalternate_typealternate_id_alternate_type",
    "InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200": ".inventory_update_inventory_cross_references_byinventory_numberalternate_typealternate_id_response_200",
    "InvoiceAccountInCustomerContractSummaryDto": ".invoice_account_in_customer_contract_summary_dto",
    "InvoiceAddressInCashSaleDto": ".invoice_address_in_cash_sale_dto",
    "InvoiceAddressInCreditNoteDto": ".invoice_address_in_credit_note_dto",
    "InvoiceAddressInCustomerCreditNoteDto": ".invoice_address_in_customer_credit_note_dto",
    "InvoiceAddressInCustomerDebitNoteDto": ".invoice_address_in_customer_debit_note_dto",
    "InvoiceAddressInCustomerDto": ".invoice_address_in_customer_dto",
    "InvoiceAddressInCustomerInvoiceDto": ".invoice_address_in_customer_invoice_dto",
    "InvoiceAddressInCustomerOverdueChargeDto": ".invoice_address_in_customer_overdue_charge_dto",
    "InvoiceContactInCashSaleDto": ".invoice_contact_in_cash_sale_dto",
    "InvoiceContactInCreditNoteDto": ".invoice_contact_in_credit_note_dto",
    "InvoiceContactInCustomerCreditNoteDto": ".invoice_contact_in_customer_credit_note_dto",
    "InvoiceContactInCustomerDebitNoteDto": ".invoice_contact_in_customer_debit_note_dto",
    "InvoiceContactInCustomerDto": ".invoice_contact_in_customer_dto",
    "InvoiceContactInCustomerInvoiceDto": ".invoice_contact_in_customer_invoice_dto",
    "InvoiceContactInCustomerOverdueChargeDto": ".invoice_contact_in_customer_overdue_charge_dto",
    "InvoiceTextInPaymentUpdateDto": ".invoice_text_in_payment_update_dto",
    "InvoiceableInExpenseClaimDetailUpdateDto": ".invoiceable_in_expense_claim_detail_update_dto",
    "InvoiceableInTimeCardSummaryUpdateDto": ".invoiceable_in_time_card_summary_update_dto",
    "IsCostedInWarehouseLocationUpdateDto": ".is_costed_in_warehouse_location_update_dto",
    "ItemClassDto": ".item_class_dto",
    "ItemClassDtoType": ".item_class_dto_type",
    "ItemClassInInventoryDto": ".item_class_in_inventory_dto",
    "ItemClassInInventoryDtoType": ".item_class_in_inventory_dto_type",
    "ItemClassInInventoryUpdateDto": ".item_class_in_inventory_update_dto",
    "ItemIdInTimeCardMaterialsUpdateDto": ".item_id_in_time_card_materials_update_dto",
    "ItemInContractUsageLineDto": ".item_in_contract_usage_line_dto",
    "ItemInTransactionDetailDto": ".item_in_transaction_detail_dto",
    "ItemTypeInCustomerInvoiceLinesUpdateDto": ".item_type_in_customer_invoice_lines_update_dto",
    "ItemTypeInCustomerInvoiceLinesUpdateDtoValue": ".item_type_in_customer_invoice_lines_update_dto_value",
    "JournalTransactionDto": ".journal_transaction_dto",
    "JournalTransactionDtoModule": ".journal_transaction_dto_module",
    "JournalTransactionDtoStatus": ".journal_transaction_dto_status",
    "JournalTransactionLineDto": ".journal_transaction_line_dto",
    "JournalTransactionLineDtoModule": ".journal_transaction_line_dto_module",
    "JournalTransactionLineUpdateDto": ".journal_transaction_line_update_dto",
    "JournalTransactionLineUpdateDtoOperation": ".journal_transaction_line_update_dto_operation",
    "JournalTransactionQueryV2Parameters": ".journal_transaction_query_v2_parameters",
    "JournalTransactionQueryV2ParametersStatus": ".journal_transaction_query_v2_parameters_status",
    "JournalTransactionUpdateDto": ".journal_transaction_update_dto",
    "JournalTransactionV2AddHeaderAttachmentBymodulejournalTransactionNumberResponse201": ".journal_transaction_v2_add_header_attachment_bymodulejournal_transaction_number_response_201",
    "JournalTransactionV2AddLineAttachmentBymodulejournalTransactionNumberlineNumberResponse201": ".journal_transaction_v2_add_line_attachment_bymodulejournal_transaction_numberline_number_response_201",
    "JournalTransactionV2GetAllJournalTransactionsStatus": ".journal_transaction_v2_get_all_journal_transactions_status",
    "JournalTransactionV2PostResponse201": ".journal_transaction_v2_post_response_201",
    "JournalTransactionV2PutByjournalTransactionNumberResponse204": ".journal_transaction_v2_put_byjournal_transaction_number_response_204",
    "KitAssemblyDeleteBytyperefNoResponse204": ".kit_assembly_delete_bytyperef_no_response_204",
    "KitAssemblyDto": ".kit_assembly_dto",
    "KitAssemblyInsertDto": ".kit_assembly_insert_dto",
    "KitAssemblyLinkInsertDto": ".kit_assembly_link_insert_dto",
    "KitAssemblyNonStockComponentDto": ".kit_assembly_non_stock_component_dto",
    "KitAssemblyNonStockComponentsUpdateDto": ".kit_assembly_non_stock_components_update_dto",
    "KitAssemblyNonStockComponentsUpdateDtoOperation": ".kit_assembly_non_stock_components_update_dto_operation",
    "KitAssemblyPostResponse201": ".kit_assembly_post_response_201",
    "KitAssemblyPutBytyperefNoResponse204": ".kit_assembly_put_bytyperef_no_response_204",
    "KitAssemblyQueryParameters": ".kit_assembly_query_parameters",
    "KitAssemblyReleaseKitAssemblyBytyperefNoResponse200": ".kit_assembly_release_kit_assembly_bytyperef_no_response_200",
    "KitAssemblyStockComponentAllocationsUpdateDto": ".kit_assembly_stock_component_allocations_update_dto",
    "KitAssemblyStockComponentAllocationsUpdateDtoOperation": ".kit_assembly_stock_component_allocations_update_dto_operation",
    "KitAssemblyStockComponentsDto": ".kit_assembly_stock_components_dto",
    "KitAssemblyStockComponentsUpdateDto": ".kit_assembly_stock_components_update_dto",
    "KitAssemblyStockComponentsUpdateDtoOperation": ".kit_assembly_stock_components_update_dto_operation",
    "KitAssemblyUpdateDto": ".kit_assembly_update_dto",
    "KitSpecificationDto": ".kit_specification_dto",
    "KitSpecificationNonStockComponentDto": ".kit_specification_non_stock_component_dto",
    "KitSpecificationNonStockComponentsUpdateDto": ".kit_specification_non_stock_components_update_dto",
    "KitSpecificationNonStockComponentsUpdateDtoOperation": ".kit_specification_non_stock_components_update_dto_operation",
    "KitSpecificationStockComponentsDto": ".kit_specification_stock_components_dto",
    "KitSpecificationStockComponentsUpdateDto": ".kit_specification_stock_components_update_dto",
    "KitSpecificationStockComponentsUpdateDtoOperation": ".kit_specification_stock_components_update_dto_operation",
    "KitSpecificationUpdateDto": ".kit_specification_update_dto",
    "KitSpecificationUpdateDtoOperation": ".kit_specification_update_dto_operation",
    "KitSpecificationsPostResponse201": ".kit_specifications_post_response_201",
    "KitSpecificationsPutBykitInventoryIDrevisionIdResponse204": ".kit_specifications_put_bykit_inventory_i_drevision_id_response_204",
    "KitSpecificationsQueryParameters": ".kit_specifications_query_parameters",
    "LandedCostCodeDto": ".landed_cost_code_dto",
    "LandedCostCodeDtoAllocationMethod": ".landed_cost_code_dto_allocation_method",
    "LandedCostCodeDtoApplicationMethod": ".landed_cost_code_dto_application_method",
    "LandedCostCodeDtoLandedCostType": ".landed_cost_code_dto_landed_cost_type",
    "LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto": ".landed_cost_code_id_in_supplier_invoice_landed_cost_update_dto",
    "LandedCostDto": ".landed_cost_dto",
    "LandedCostDtoApDocType": ".landed_cost_dto_ap_doc_type",
    "LandedCostDtoInDocType": ".landed_cost_dto_in_doc_type",
    "LandedCostQueryParameters": ".landed_cost_query_parameters",
    "LandedCostUpdateDto": ".landed_cost_update_dto",
    "LandedCostUpdateDtoOperation": ".landed_cost_update_dto_operation",
    "LanguageUpdateDto": ".language_update_dto",
    "LeaseAndRentInfoDto": ".lease_and_rent_info_dto",
    "LeaseAndRentInfoInDetailsDto": ".lease_and_rent_info_in_details_dto",
    "LedgerDescriptionDto": ".ledger_description_dto",
    "LedgerDto": ".ledger_dto",
    "LedgerDtoBalanceType": ".ledger_dto_balance_type",
    "LedgerInBranchDto": ".ledger_in_branch_dto",
    "LedgerInExtendedOrganizationDto": ".ledger_in_extended_organization_dto",
    "LedgerInGeneralLedgerTransactionDetailsDto": ".ledger_in_general_ledger_transaction_details_dto",
    "LedgerQueryParameters": ".ledger_query_parameters",
    "LineNbrInAllocationsUpdateDto": ".line_nbr_in_allocations_update_dto",
    "LineNbrInPurchaseReceiptLineBasicUpdateDto": ".line_nbr_in_purchase_receipt_line_basic_update_dto",
    "LineNbrInPurchaseReceiptLineUpdateDto": ".line_nbr_in_purchase_receipt_line_update_dto",
    "LineNumberInSupplierInvoiceLandedCostUpdateDto": ".line_number_in_supplier_invoice_landed_cost_update_dto",
    "LineTypeInPurchaseReceiptLineBasicUpdateDto": ".line_type_in_purchase_receipt_line_basic_update_dto",
    "LineTypeInPurchaseReceiptLineBasicUpdateDtoValue": ".line_type_in_purchase_receipt_line_basic_update_dto_value",
    "LineTypeInPurchaseReceiptLineUpdateDto": ".line_type_in_purchase_receipt_line_update_dto",
    "LineTypeInPurchaseReceiptLineUpdateDtoValue": ".line_type_in_purchase_receipt_line_update_dto_value",
    "LinkLineDto": ".link_line_dto",
    "LinkLineDtoPurchaseType": ".link_line_dto_purchase_type",
    "LocationCreateResponse201": ".location_create_response_201",
    "LocationDescriptionDto": ".location_description_dto",
    "LocationDto": ".location_dto",
    "LocationIdInLocationUpdateDto": ".location_id_in_location_update_dto",
    "LocationIdInPurchaseReceiptLineBasicUpdateDto": ".location_id_in_purchase_receipt_line_basic_update_dto",
    "LocationIdInPurchaseReceiptLineUpdateDto": ".location_id_in_purchase_receipt_line_update_dto",
    "LocationIdInSupplierInvoiceLandedCostUpdateDto": ".location_id_in_supplier_invoice_landed_cost_update_dto",
    "LocationIdInSupplierLocationUpdateDto": ".location_id_in_supplier_location_update_dto",
    "LocationIdInWarehouseLocationUpdateDto": ".location_id_in_warehouse_location_update_dto",
    "LocationIdNameDescriptionDto": ".location_id_name_description_dto",
    "LocationIdNameDto": ".location_id_name_dto",
    "LocationInAllocationsDto": ".location_in_allocations_dto",
    "LocationInAllocationsUpdateDto": ".location_in_allocations_update_dto",
    "LocationInCashSaleDto": ".location_in_cash_sale_dto",
    "LocationInCreditNoteDto": ".location_in_credit_note_dto",
    "LocationInCustomerContractDto": ".location_in_customer_contract_dto",
    "LocationInCustomerCreditNoteDto": ".location_in_customer_credit_note_dto",
    "LocationInCustomerCreditWriteOffDto": ".location_in_customer_credit_write_off_dto",
    "LocationInCustomerDebitNoteDto": ".location_in_customer_debit_note_dto",
    "LocationInCustomerDocumentDto": ".location_in_customer_document_dto",
    "LocationInCustomerDto": ".location_in_customer_dto",
    "LocationInCustomerInvoiceDto": ".location_in_customer_invoice_dto",
    "LocationInCustomerOverdueChargeDto": ".location_in_customer_overdue_charge_dto",
    "LocationInExpenseClaimDetailDto": ".location_in_expense_claim_detail_dto",
    "LocationInExpenseClaimDetailUpdateDto": ".location_in_expense_claim_detail_update_dto",
    "LocationInExpenseClaimDto": ".location_in_expense_claim_dto",
    "LocationInExpenseClaimUpdateDto": ".location_in_expense_claim_update_dto",
    "LocationInExpenseReceiptDto": ".location_in_expense_receipt_dto",
    "LocationInFixedAssetDto": ".location_in_fixed_asset_dto",
    "LocationInInventoryAdjustmentLineDto": ".location_in_inventory_adjustment_line_dto",
    "LocationInInventoryIssueLineDto": ".location_in_inventory_issue_line_dto",
    "LocationInInventoryReceiptLineDto": ".location_in_inventory_receipt_line_dto",
    "LocationInInventorySummaryDto": ".location_in_inventory_summary_dto",
    "LocationInInventoryTransferLineDto": ".location_in_inventory_transfer_line_dto",
    "LocationInLandedCostDto": ".location_in_landed_cost_dto",
    "LocationInPaymentDto": ".location_in_payment_dto",
    "LocationInPaymentUpdateDto": ".location_in_payment_update_dto",
    "LocationInProjectTransactionLineDto": ".location_in_project_transaction_line_dto",
    "LocationInPurchaseOrderBasicDto": ".location_in_purchase_order_basic_dto",
    "LocationInPurchaseOrderDto": ".location_in_purchase_order_dto",
    "LocationInPurchaseReceiptBasicDto": ".location_in_purchase_receipt_basic_dto",
    "LocationInPurchaseReceiptDto": ".location_in_purchase_receipt_dto",
    "LocationInPurchaseReceiptLineDto": ".location_in_purchase_receipt_line_dto",
    "LocationInSalesOrderBasicDto": ".location_in_sales_order_basic_dto",
    "LocationInSalesOrderDto": ".location_in_sales_order_dto",
    "LocationInShipmentDetailLineDto": ".location_in_shipment_detail_line_dto",
    "LocationInShipmentDto": ".location_in_shipment_dto",
    "LocationInStocktakeLineDto": ".location_in_stocktake_line_dto",
    "LocationInStocktakeLineV2Dto": ".location_in_stocktake_line_v2_dto",
    "LocationInSupplierDocumentDto": ".location_in_supplier_document_dto",
    "LocationInSupplierDto": ".location_in_supplier_dto",
    "LocationInSupplierInvoiceDto": ".location_in_supplier_invoice_dto",
    "LocationInSupplierPaymentDto": ".location_in_supplier_payment_dto",
    "LocationNameDescriptionDto": ".location_name_description_dto",
    "LocationQueryParameters": ".location_query_parameters",
    "LocationUpdateBybAccountIdlocationIdResponse204": ".location_update_byb_account_idlocation_id_response_204",
    "LocationUpdateDto": ".location_update_dto",
    "LotSerClassDto": ".lot_ser_class_dto",
    "LotSerialClassDetailDto": ".lot_serial_class_detail_dto",
    "LotSerialClassDetailDtoType": ".lot_serial_class_detail_dto_type",
    "LotSerialClassDto": ".lot_serial_class_dto",
    "LotSerialClassDtoAssignmentMethod": ".lot_serial_class_dto_assignment_method",
    "LotSerialClassDtoIssueMethod": ".lot_serial_class_dto_issue_method",
    "LotSerialClassDtoTrackingMethod": ".lot_serial_class_dto_tracking_method",
    "LotSerialClassGetAllLotSerialClassAssignmentMethod": ".lot_serial_class_get_all_lot_serial_class_assignment_method",
    "LotSerialClassGetAllLotSerialClassIssueMethod": ".lot_serial_class_get_all_lot_serial_class_issue_method",
    "LotSerialClassGetAllLotSerialClassTrackingMethod": ".lot_serial_class_get_all_lot_serial_class_tracking_method",
    "LotSerialClassInInventoryDto": ".lot_serial_class_in_inventory_dto",
    "LotSerialClassQueryParameters": ".lot_serial_class_query_parameters",
    "LotSerialClassQueryParametersAssignmentMethod": ".lot_serial_class_query_parameters_assignment_method",
    "LotSerialClassQueryParametersIssueMethod": ".lot_serial_class_query_parameters_issue_method",
    "LotSerialClassQueryParametersTrackingMethod": ".lot_serial_class_query_parameters_tracking_method",
    "LotSerialNumberInAllocationsUpdateDto": ".lot_serial_number_in_allocations_update_dto",
    "MainAddressInBranchDto": ".main_address_in_branch_dto",
    "MainAddressInCustomerDto": ".main_address_in_customer_dto",
    "MainAddressInExtendedOrganizationDto": ".main_address_in_extended_organization_dto",
    "MainAddressInSupplierDto": ".main_address_in_supplier_dto",
    "MainContactInBranchDto": ".main_contact_in_branch_dto",
    "MainContactInCustomerDto": ".main_contact_in_customer_dto",
    "MainContactInExtendedOrganizationDto": ".main_contact_in_extended_organization_dto",
    "MainContactInSupplierDto": ".main_contact_in_supplier_dto",
    "ManualDiscountInPurchaseReceiptLineBasicUpdateDto": ".manual_discount_in_purchase_receipt_line_basic_update_dto",
    "ManualDiscountInPurchaseReceiptLineUpdateDto": ".manual_discount_in_purchase_receipt_line_update_dto",
    "MetadataDto": ".metadata_dto",
    "ModeOfTransportDto": ".mode_of_transport_dto",
    "ModeOfTrasportInShipmentDto": ".mode_of_trasport_in_shipment_dto",
    "MonInTimeCardMaterialsUpdateDto": ".mon_in_time_card_materials_update_dto",
    "MonInTimeCardSummaryUpdateDto": ".mon_in_time_card_summary_update_dto",
    "MultDivInCreateCurrencyRateDto": ".mult_div_in_create_currency_rate_dto",
    "MultDivInCreateCurrencyRateDtoValue": ".mult_div_in_create_currency_rate_dto_value",
    "MultDivInUpdateCurrencyRateDto": ".mult_div_in_update_currency_rate_dto",
    "MultDivInUpdateCurrencyRateDtoValue": ".mult_div_in_update_currency_rate_dto_value",
    "MultilanguageAddDefaultLanguageResponse200": ".multilanguage_add_default_language_response_200",
    "MultilanguageDeleteSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse204": ".multilanguage_delete_specific_inventory_descr_translation_byinventory_numberlanguage_iso_response_204",
    "MultilanguageDto": ".multilanguage_dto",
    "MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201": ".multilanguage_post_specific_inventory_descr_translation_byinventory_numberlanguage_iso_response_201",
    "MultilanguagePutSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse204": ".multilanguage_put_specific_inventory_descr_translation_byinventory_numberlanguage_iso_response_204",
    "MultilanguageTranslationDto": ".multilanguage_translation_dto",
    "NoteDto": ".note_dto",
    "NoteInUpdateNoteDto": ".note_in_update_note_dto",
    "NumberingDto": ".numbering_dto",
    "NumberingSequenceDto": ".numbering_sequence_dto",
    "OffsetAccountBranchInEntryTypeDto": ".offset_account_branch_in_entry_type_dto",
    "OffsetAccountOverrideInEntryTypeDto": ".offset_account_override_in_entry_type_dto",
    "OffsetAccountOverrideInEntryTypeDtoType": ".offset_account_override_in_entry_type_dto_type",
    "OffsetSubAccountInTransactionDetailDto": ".offset_sub_account_in_transaction_detail_dto",
    "OffsetSubaccountOverrideInEntryTypeDto": ".offset_subaccount_override_in_entry_type_dto",
    "OrderLineNumberInKitAssemblyLinkInsertDto": ".order_line_number_in_kit_assembly_link_insert_dto",
    "OrderNumberInKitAssemblyLinkInsertDto": ".order_number_in_kit_assembly_link_insert_dto",
    "OrderToApplyDto": ".order_to_apply_dto",
    "OrderToApplyDtoStatus": ".order_to_apply_dto_status",
    "OrderTypeInKitAssemblyLinkInsertDto": ".order_type_in_kit_assembly_link_insert_dto",
    "OrderTypeInSalesOrderBasicUpdateDto": ".order_type_in_sales_order_basic_update_dto",
    "OrderTypeInSalesOrderUpdateDto": ".order_type_in_sales_order_update_dto",
    "OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204": ".organization_put_bank_settings_for_organization_byorganization_number_response_204",
    "OrganizationQueryParameters": ".organization_query_parameters",
    "OverrideNumberSeriesInCustomerInvoiceUpdateDto": ".override_number_series_in_customer_invoice_update_dto",
    "OwnerInCashTransactionDto": ".owner_in_cash_transaction_dto",
    "OwnerInCustomerContractSummaryDto": ".owner_in_customer_contract_summary_dto",
    "OwnerInPurchaseOrderBasicDto": ".owner_in_purchase_order_basic_dto",
    "OwnerInPurchaseOrderDto": ".owner_in_purchase_order_dto",
    "OwnerInSalesOrderDto": ".owner_in_sales_order_dto",
    "OwnerInShipmentDto": ".owner_in_shipment_dto",
    "PackageDetailLineDto": ".package_detail_line_dto",
    "PackagingDto": ".packaging_dto",
    "PackagingInInventoryDto": ".packaging_in_inventory_dto",
    "PackagingTypeDto": ".packaging_type_dto",
    "PackagingTypeQueryParameters": ".packaging_type_query_parameters",
    "PackagingUpdateDto": ".packaging_update_dto",
    "ParentRecordDto": ".parent_record_dto",
    "ParentRecordInSupplierDto": ".parent_record_in_supplier_dto",
    "PaySelectedInSupplierInvoiceUpdateDto": ".pay_selected_in_supplier_invoice_update_dto",
    "PaymentAmountInPaymentUpdateDto": ".payment_amount_in_payment_update_dto",
    "PaymentCreatePaymentResponse201": ".payment_create_payment_response_201",
    "PaymentDto": ".payment_dto",
    "PaymentDtoStatus": ".payment_dto_status",
    "PaymentDtoType": ".payment_dto_type",
    "PaymentFinancialDetailsDto": ".payment_financial_details_dto",
    "PaymentGetAllPaymentsPaymentType": ".payment_get_all_payments_payment_type",
    "PaymentGetAllPaymentsStatus": ".payment_get_all_payments_status",
    "PaymentLineBaseUpdateDto": ".payment_line_base_update_dto",
    "PaymentLineBaseUpdateDtoOperation": ".payment_line_base_update_dto_operation",
    "PaymentLineDto": ".payment_line_dto",
    "PaymentLineDtoDocumentType": ".payment_line_dto_document_type",
    "PaymentLinesUpdateDto": ".payment_lines_update_dto",
    "PaymentLinesUpdateDtoOperation": ".payment_lines_update_dto_operation",
    "PaymentMethodDetailDto": ".payment_method_detail_dto",
    "PaymentMethodDto": ".payment_method_dto",
    "PaymentMethodDtoMeansOfPayment": ".payment_method_dto_means_of_payment",
    "PaymentMethodIdDescriptionDto": ".payment_method_id_description_dto",
    "PaymentMethodInCashSaleDto": ".payment_method_in_cash_sale_dto",
    "PaymentMethodInCreditNoteDto": ".payment_method_in_credit_note_dto",
    "PaymentMethodInCustomerCreditNoteDto": ".payment_method_in_customer_credit_note_dto",
    "PaymentMethodInCustomerCreditWriteOffDto": ".payment_method_in_customer_credit_write_off_dto",
    "PaymentMethodInCustomerDebitNoteDto": ".payment_method_in_customer_debit_note_dto",
    "PaymentMethodInCustomerDocumentDto": ".payment_method_in_customer_document_dto",
    "PaymentMethodInCustomerInvoiceDto": ".payment_method_in_customer_invoice_dto",
    "PaymentMethodInCustomerOverdueChargeDto": ".payment_method_in_customer_overdue_charge_dto",
    "PaymentMethodInCustomerPaymentMethodDto": ".payment_method_in_customer_payment_method_dto",
    "PaymentMethodInPaymentDto": ".payment_method_in_payment_dto",
    "PaymentMethodInPaymentUpdateDto": ".payment_method_in_payment_update_dto",
    "PaymentMethodInSalesOrderDto": ".payment_method_in_sales_order_dto",
    "PaymentMethodInSupplierDocumentDto": ".payment_method_in_supplier_document_dto",
    "PaymentMethodInSupplierDto": ".payment_method_in_supplier_dto",
    "PaymentMethodInSupplierInvoiceDto": ".payment_method_in_supplier_invoice_dto",
    "PaymentMethodQueryParameters": ".payment_method_query_parameters",
    "PaymentOrdersLinesUpdateDto": ".payment_orders_lines_update_dto",
    "PaymentOrdersLinesUpdateDtoOperation": ".payment_orders_lines_update_dto_operation",
    "PaymentPutBypaymentNumberResponse204": ".payment_put_bypayment_number_response_204",
    "PaymentQueryParameters": ".payment_query_parameters",
    "PaymentQueryParametersPaymentType": ".payment_query_parameters_payment_type",
    "PaymentQueryParametersStatus": ".payment_query_parameters_status",
    "PaymentRefInPaymentUpdateDto": ".payment_ref_in_payment_update_dto",
    "PaymentReferenceInCashSaleUpdateDto": ".payment_reference_in_cash_sale_update_dto",
    "PaymentUpdateDto": ".payment_update_dto",
    "PeppolSchemeDto": ".peppol_scheme_dto",
    "PeppolSchemeInLocationDto": ".peppol_scheme_in_location_dto",
    "PeppolSchemeUpdateDto": ".peppol_scheme_update_dto",
    "PickPriorityInWarehouseLocationUpdateDto": ".pick_priority_in_warehouse_location_update_dto",
    "PoOrderLineNbrInPurchaseReceiptLineBasicUpdateDto": ".po_order_line_nbr_in_purchase_receipt_line_basic_update_dto",
    "PoOrderLineNbrInPurchaseReceiptLineUpdateDto": ".po_order_line_nbr_in_purchase_receipt_line_update_dto",
    "PoOrderNbrInPurchaseReceiptLineBasicUpdateDto": ".po_order_nbr_in_purchase_receipt_line_basic_update_dto",
    "PoOrderNbrInPurchaseReceiptLineUpdateDto": ".po_order_nbr_in_purchase_receipt_line_update_dto",
    "PoOrderTypeInPurchaseReceiptLineBasicUpdateDto": ".po_order_type_in_purchase_receipt_line_basic_update_dto",
    "PoOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue": ".po_order_type_in_purchase_receipt_line_basic_update_dto_value",
    "PoOrderTypeInPurchaseReceiptLineUpdateDto": ".po_order_type_in_purchase_receipt_line_update_dto",
    "PoOrderTypeInPurchaseReceiptLineUpdateDtoValue": ".po_order_type_in_purchase_receipt_line_update_dto_value",
    "PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto": ".po_receipt_number_in_supplier_invoice_landed_cost_update_dto",
    "PostPeriodInCashSaleUpdateDto": ".post_period_in_cash_sale_update_dto",
    "PostPeriodInCreditNoteUpdateDto": ".post_period_in_credit_note_update_dto",
    "PostPeriodInCustomerCreditNoteUpdateDto": ".post_period_in_customer_credit_note_update_dto",
    "PostPeriodInCustomerDebitNoteUpdateDto": ".post_period_in_customer_debit_note_update_dto",
    "PostPeriodInCustomerInvoiceUpdateDto": ".post_period_in_customer_invoice_update_dto",
    "PostPeriodInCustomerOverdueChargeUpdateDto": ".post_period_in_customer_overdue_charge_update_dto",
    "PostPeriodInInventoryAdjustmentUpdateDto": ".post_period_in_inventory_adjustment_update_dto",
    "PostPeriodInInventoryIssueUpdateDto": ".post_period_in_inventory_issue_update_dto",
    "PostPeriodInInventoryReceiptUpdateDto": ".post_period_in_inventory_receipt_update_dto",
    "PostPeriodInInventoryTransferUpdateDto": ".post_period_in_inventory_transfer_update_dto",
    "PostPeriodInJournalTransactionUpdateDto": ".post_period_in_journal_transaction_update_dto",
    "PostPeriodInPurchaseReceiptBasicUpdateDto": ".post_period_in_purchase_receipt_basic_update_dto",
    "PostPeriodInPurchaseReceiptUpdateDto": ".post_period_in_purchase_receipt_update_dto",
    "PostPeriodInSupplierInvoiceUpdateDto": ".post_period_in_supplier_invoice_update_dto",
    "PostingClassDto": ".posting_class_dto",
    "PostingClassInInventoryDto": ".posting_class_in_inventory_dto",
    "PostingClassInInventoryUpdateDto": ".posting_class_in_inventory_update_dto",
    "PrebookAccountInSupplierInvoiceLineDto": ".prebook_account_in_supplier_invoice_line_dto",
    "PrebookAccountInSupplierInvoiceLineDtoType": ".prebook_account_in_supplier_invoice_line_dto_type",
    "PrebookAccountNumberInSupplierInvoiceLineUpdateDto": ".prebook_account_number_in_supplier_invoice_line_update_dto",
    "PrebookSubaccountInSupplierInvoiceLineDto": ".prebook_subaccount_in_supplier_invoice_line_dto",
    "PrebookSupplierInvoiceActionResultDto": ".prebook_supplier_invoice_action_result_dto",
    "PrebookSupplierInvoiceActionResultDtoActionResult": ".prebook_supplier_invoice_action_result_dto_action_result",
    "PrebookingUpdateDto": ".prebooking_update_dto",
    "PreferredWarehouseInSalesOrderDto": ".preferred_warehouse_in_sales_order_dto",
    "PrepareInvoiceActionResultDto": ".prepare_invoice_action_result_dto",
    "PrepareInvoiceActionResultDtoActionResult": ".prepare_invoice_action_result_dto_action_result",
    "PriceClassDto": ".price_class_dto",
    "PriceClassInCustomerDto": ".price_class_in_customer_dto",
    "PriceClassInInventoryDto": ".price_class_in_inventory_dto",
    "PriceManagerDto": ".price_manager_dto",
    "PriceManagerInInventoryDto": ".price_manager_in_inventory_dto",
    "PrimaryItemClassIdInWarehouseLocationUpdateDto": ".primary_item_class_id_in_warehouse_location_update_dto",
    "PrimaryItemClassInWarehouseLocationDto": ".primary_item_class_in_warehouse_location_dto",
    "PrimaryItemClassInWarehouseLocationDtoType": ".primary_item_class_in_warehouse_location_dto_type",
    "PrimaryItemIdInWarehouseLocationUpdateDto": ".primary_item_id_in_warehouse_location_update_dto",
    "PrimaryItemInWarehouseLocationDto": ".primary_item_in_warehouse_location_dto",
    "PrimaryItemValidInWarehouseLocationUpdateDto": ".primary_item_valid_in_warehouse_location_update_dto",
    "PrimaryItemValidInWarehouseLocationUpdateDtoValue": ".primary_item_valid_in_warehouse_location_update_dto_value",
    "ProjectAccountGroupDto": ".project_account_group_dto",
    "ProjectAccountGroupQueryParameters": ".project_account_group_query_parameters",
    "ProjectBasicDto": ".project_basic_dto",
    "ProjectBasicDtoStatus": ".project_basic_dto_status",
    "ProjectBasicGetAllStatus": ".project_basic_get_all_status",
    "ProjectBasicQueryParameters": ".project_basic_query_parameters",
    "ProjectBasicQueryParametersStatus": ".project_basic_query_parameters_status",
    "ProjectBudgetDto": ".project_budget_dto",
    "ProjectBudgetPostResponse201": ".project_budget_post_response_201",
    "ProjectBudgetQueryParameters": ".project_budget_query_parameters",
    "ProjectBudgetUpdateDto": ".project_budget_update_dto",
    "ProjectDto": ".project_dto",
    "ProjectDtoBillingPeriod": ".project_dto_billing_period",
    "ProjectDtoStatus": ".project_dto_status",
    "ProjectEmployeeUpdateDto": ".project_employee_update_dto",
    "ProjectEmployeeUpdateDtoOperation": ".project_employee_update_dto_operation",
    "ProjectGetAllStatus": ".project_get_all_status",
    "ProjectGetAllTaskStatus": ".project_get_all_task_status",
    "ProjectGetTasksStatus": ".project_get_tasks_status",
    "ProjectIdDescriptionDto": ".project_id_description_dto",
    "ProjectIdInPurchaseReceiptLineBasicUpdateDto": ".project_id_in_purchase_receipt_line_basic_update_dto",
    "ProjectIdInPurchaseReceiptLineUpdateDto": ".project_id_in_purchase_receipt_line_update_dto",
    "ProjectIdInWarehouseLocationUpdateDto": ".project_id_in_warehouse_location_update_dto",
    "ProjectInCashSaleDto": ".project_in_cash_sale_dto",
    "ProjectInCreditNoteDto": ".project_in_credit_note_dto",
    "ProjectInCustomerCreditNoteDto": ".project_in_customer_credit_note_dto",
    "ProjectInCustomerCreditWriteOffDto": ".project_in_customer_credit_write_off_dto",
    "ProjectInCustomerDebitNoteDto": ".project_in_customer_debit_note_dto",
    "ProjectInCustomerDocumentDto": ".project_in_customer_document_dto",
    "ProjectInCustomerInvoiceDto": ".project_in_customer_invoice_dto",
    "ProjectInCustomerOverdueChargeDto": ".project_in_customer_overdue_charge_dto",
    "ProjectInExpenseClaimDetailDto": ".project_in_expense_claim_detail_dto",
    "ProjectInExpenseClaimDetailUpdateDto": ".project_in_expense_claim_detail_update_dto",
    "ProjectInExpenseReceiptDto": ".project_in_expense_receipt_dto",
    "ProjectInInventoryIssueLineDto": ".project_in_inventory_issue_line_dto",
    "ProjectInInventoryReceiptLineDto": ".project_in_inventory_receipt_line_dto",
    "ProjectInJournalTransactionLineDto": ".project_in_journal_transaction_line_dto",
    "ProjectInProjectTransactionLineDto": ".project_in_project_transaction_line_dto",
    "ProjectInPurchaseOrderLineDto": ".project_in_purchase_order_line_dto",
    "ProjectInPurchaseReceiptLineDto": ".project_in_purchase_receipt_line_dto",
    "ProjectInSupplierInvoiceLineDto": ".project_in_supplier_invoice_line_dto",
    "ProjectInTimeCardMaterialsDto": ".project_in_time_card_materials_dto",
    "ProjectInTimeCardMaterialsUpdateDto": ".project_in_time_card_materials_update_dto",
    "ProjectInTimeCardSummaryDto": ".project_in_time_card_summary_dto",
    "ProjectInTimeCardSummaryUpdateDto": ".project_in_time_card_summary_update_dto",
    "ProjectInTransactionDetailDto": ".project_in_transaction_detail_dto",
    "ProjectInWarehouseLocationDto": ".project_in_warehouse_location_dto",
    "ProjectManagerInProjectDto": ".project_manager_in_project_dto",
    "ProjectManagerInProjectDtoStatus": ".project_manager_in_project_dto_status",
    "ProjectPostResponse201": ".project_post_response_201",
    "ProjectPutByinternalIdResponse204": ".project_put_byinternal_id_response_204",
    "ProjectPutByprojectIdResponse204": ".project_put_byproject_id_response_204",
    "ProjectQueryParameters": ".project_query_parameters",
    "ProjectQueryParametersStatus": ".project_query_parameters_status",
    "ProjectQueryParametersTaskStatus": ".project_query_parameters_task_status",
    "ProjectTaskGetAllTasksStatus": ".project_task_get_all_tasks_status",
    "ProjectTaskIdDescriptionDto": ".project_task_id_description_dto",
    "ProjectTaskIdInPurchaseReceiptLineBasicUpdateDto": ".project_task_id_in_purchase_receipt_line_basic_update_dto",
    "ProjectTaskIdInPurchaseReceiptLineUpdateDto": ".project_task_id_in_purchase_receipt_line_update_dto",
    "ProjectTaskIdInWarehouseLocationUpdateDto": ".project_task_id_in_warehouse_location_update_dto",
    "ProjectTaskInExpenseClaimDetailDto": ".project_task_in_expense_claim_detail_dto",
    "ProjectTaskInExpenseClaimDetailUpdateDto": ".project_task_in_expense_claim_detail_update_dto",
    "ProjectTaskInExpenseReceiptDto": ".project_task_in_expense_receipt_dto",
    "ProjectTaskInInventoryIssueLineDto": ".project_task_in_inventory_issue_line_dto",
    "ProjectTaskInInventoryReceiptLineDto": ".project_task_in_inventory_receipt_line_dto",
    "ProjectTaskInJournalTransactionLineDto": ".project_task_in_journal_transaction_line_dto",
    "ProjectTaskInProjectTransactionLineDto": ".project_task_in_project_transaction_line_dto",
    "ProjectTaskInPurchaseOrderLineDto": ".project_task_in_purchase_order_line_dto",
    "ProjectTaskInPurchaseReceiptLineDto": ".project_task_in_purchase_receipt_line_dto",
    "ProjectTaskInSupplierInvoiceLineDto": ".project_task_in_supplier_invoice_line_dto",
    "ProjectTaskInTimeCardMaterialsDto": ".project_task_in_time_card_materials_dto",
    "ProjectTaskInTimeCardMaterialsUpdateDto": ".project_task_in_time_card_materials_update_dto",
    "ProjectTaskInTimeCardSummaryDto": ".project_task_in_time_card_summary_dto",
    "ProjectTaskInTimeCardSummaryUpdateDto": ".project_task_in_time_card_summary_update_dto",
    "ProjectTaskInTransactionDetailDto": ".project_task_in_transaction_detail_dto",
    "ProjectTaskInWarehouseLocationDto": ".project_task_in_warehouse_location_dto",
    "ProjectTaskPostByinternalIdResponse201": ".project_task_post_byinternal_id_response_201",
    "ProjectTaskPutByinternalIdResponse204": ".project_task_put_byinternal_id_response_204",
    "ProjectTaskUpdateDto": ".project_task_update_dto",
    "ProjectTransactionDocumentDto": ".project_transaction_document_dto",
    "ProjectTransactionDocumentDtoModule": ".project_transaction_document_dto_module",
    "ProjectTransactionDocumentDtoOrigDocType": ".project_transaction_document_dto_orig_doc_type",
    "ProjectTransactionDocumentDtoStatus": ".project_transaction_document_dto_status",
    "ProjectTransactionDocumentUpdateDto": ".project_transaction_document_update_dto",
    "ProjectTransactionGetAllModule": ".project_transaction_get_all_module",
    "ProjectTransactionGetAllStatus": ".project_transaction_get_all_status",
    "ProjectTransactionLineDto": ".project_transaction_line_dto",
    "ProjectTransactionLineUpdateDto": ".project_transaction_line_update_dto",
    "ProjectTransactionLineUpdateDtoOperation": ".project_transaction_line_update_dto_operation",
    "ProjectTransactionPostResponse201": ".project_transaction_post_response_201",
    "ProjectTransactionPutByrefNbrResponse204": ".project_transaction_put_byref_nbr_response_204",
    "ProjectTransactionQueryParameters": ".project_transaction_query_parameters",
    "ProjectTransactionQueryParametersModule": ".project_transaction_query_parameters_module",
    "ProjectTransactionQueryParametersStatus": ".project_transaction_query_parameters_status",
    "ProjectUpdateDto": ".project_update_dto",
    "PromoCodeIdDescriptionDto": ".promo_code_id_description_dto",
    "PropertyTaxDto": ".property_tax_dto",
    "PropertyTaxInFixedAssetDto": ".property_tax_in_fixed_asset_dto",
    "PurchaseLineNbrInLinkLineDto": ".purchase_line_nbr_in_link_line_dto",
    "PurchaseNumberInLinkLineDto": ".purchase_number_in_link_line_dto",
    "PurchaseOrderAddressDto": ".purchase_order_address_dto",
    "PurchaseOrderAddressUpdateDto": ".purchase_order_address_update_dto",
    "PurchaseOrderBasicDto": ".purchase_order_basic_dto",
    "PurchaseOrderBasicDtoOrderType": ".purchase_order_basic_dto_order_type",
    "PurchaseOrderBasicDtoStatus": ".purchase_order_basic_dto_status",
    "PurchaseOrderBasicGetAllOrderBasicOrderStatus": ".purchase_order_basic_get_all_order_basic_order_status",
    "PurchaseOrderBasicGetAllOrderBasicOrderType": ".purchase_order_basic_get_all_order_basic_order_type",
    "PurchaseOrderBasicPostResponse201": ".purchase_order_basic_post_response_201",
    "PurchaseOrderBasicPutBypurchaseOrderNumberResponse204": ".purchase_order_basic_put_bypurchase_order_number_response_204",
    "PurchaseOrderBasicUpdateDto": ".purchase_order_basic_update_dto",
    "PurchaseOrderContactDto": ".purchase_order_contact_dto",
    "PurchaseOrderContactUpdateDto": ".purchase_order_contact_update_dto",
    "PurchaseOrderDto": ".purchase_order_dto",
    "PurchaseOrderDtoOrderType": ".purchase_order_dto_order_type",
    "PurchaseOrderDtoShippingDestinationType": ".purchase_order_dto_shipping_destination_type",
    "PurchaseOrderDtoStatus": ".purchase_order_dto_status",
    "PurchaseOrderGetAllOrderOrderStatus": ".purchase_order_get_all_order_order_status",
    "PurchaseOrderGetAllOrderOrderType": ".purchase_order_get_all_order_order_type",
    "PurchaseOrderLineDto": ".purchase_order_line_dto",
    "PurchaseOrderLineDtoLineType": ".purchase_order_line_dto_line_type",
    "PurchaseOrderLineDtoOrderType": ".purchase_order_line_dto_order_type",
    "PurchaseOrderLineDtoReceiptAction": ".purchase_order_line_dto_receipt_action",
    "PurchaseOrderLineUpdateDto": ".purchase_order_line_update_dto",
    "PurchaseOrderLineUpdateDtoOperation": ".purchase_order_line_update_dto_operation",
    "PurchaseOrderPostResponse201": ".purchase_order_post_response_201",
    "PurchaseOrderPutBypurchaseOrderNumberResponse204": ".purchase_order_put_bypurchase_order_number_response_204",
    "PurchaseOrderQueryParameters": ".purchase_order_query_parameters",
    "PurchaseOrderQueryParametersOrderStatus": ".purchase_order_query_parameters_order_status",
    "PurchaseOrderQueryParametersOrderType": ".purchase_order_query_parameters_order_type",
    "PurchaseOrderUpdateDto": ".purchase_order_update_dto",
    "PurchaseReceiptBasicDto": ".purchase_receipt_basic_dto",
    "PurchaseReceiptBasicDtoReceiptType": ".purchase_receipt_basic_dto_receipt_type",
    "PurchaseReceiptBasicDtoStatus": ".purchase_receipt_basic_dto_status",
    "PurchaseReceiptBasicGetAllReceiptBasicReceiptType": ".purchase_receipt_basic_get_all_receipt_basic_receipt_type",
    "PurchaseReceiptBasicGetAllReceiptBasicStatus": ".purchase_receipt_basic_get_all_receipt_basic_status",
    "PurchaseReceiptBasicPostResponse201": ".purchase_receipt_basic_post_response_201",
    "PurchaseReceiptBasicPutByreceiptNumberResponse204": ".purchase_receipt_basic_put_byreceipt_number_response_204",
    "PurchaseReceiptBasicUpdateDto": ".purchase_receipt_basic_update_dto",
    "PurchaseReceiptDto": ".purchase_receipt_dto",
    "PurchaseReceiptDtoReceiptType": ".purchase_receipt_dto_receipt_type",
    "PurchaseReceiptDtoStatus": ".purchase_receipt_dto_status",
    "PurchaseReceiptGetAllReceiptBasicReceiptType": ".purchase_receipt_get_all_receipt_basic_receipt_type",
    "PurchaseReceiptGetAllReceiptBasicStatus": ".purchase_receipt_get_all_receipt_basic_status",
    "PurchaseReceiptLineBasicUpdateDto": ".purchase_receipt_line_basic_update_dto",
    "PurchaseReceiptLineBasicUpdateDtoOperation": ".purchase_receipt_line_basic_update_dto_operation",
    "PurchaseReceiptLineDto": ".purchase_receipt_line_dto",
    "PurchaseReceiptLineDtoLineType": ".purchase_receipt_line_dto_line_type",
    "PurchaseReceiptLineDtoPoOrderType": ".purchase_receipt_line_dto_po_order_type",
    "PurchaseReceiptLineDtoTransferOrderType": ".purchase_receipt_line_dto_transfer_order_type",
    "PurchaseReceiptLineUpdateDto": ".purchase_receipt_line_update_dto",
    "PurchaseReceiptLineUpdateDtoOperation": ".purchase_receipt_line_update_dto_operation",
    "PurchaseReceiptOrderLineNbrUpdateDto": ".purchase_receipt_order_line_nbr_update_dto",
    "PurchaseReceiptOrderLinesListUpdateDto": ".purchase_receipt_order_lines_list_update_dto",
    "PurchaseReceiptOrderLinesUpdateDto": ".purchase_receipt_order_lines_update_dto",
    "PurchaseReceiptOrderListUpdateDto": ".purchase_receipt_order_list_update_dto",
    "PurchaseReceiptOrderUpdateDto": ".purchase_receipt_order_update_dto",
    "PurchaseReceiptOrderUpdateDtoOrderType": ".purchase_receipt_order_update_dto_order_type",
    "PurchaseReceiptPostResponse201": ".purchase_receipt_post_response_201",
    "PurchaseReceiptPrintPurchaseReceiptByreceiptNumberResponse200": ".purchase_receipt_print_purchase_receipt_byreceipt_number_response_200",
    "PurchaseReceiptPutByreceiptNumberResponse204": ".purchase_receipt_put_byreceipt_number_response_204",
    "PurchaseReceiptQueryParameters": ".purchase_receipt_query_parameters",
    "PurchaseReceiptQueryParametersReceiptType": ".purchase_receipt_query_parameters_receipt_type",
    "PurchaseReceiptQueryParametersStatus": ".purchase_receipt_query_parameters_status",
    "PurchaseReceiptUpdateDto": ".purchase_receipt_update_dto",
    "PurchaseReceiptV2GetAllReceiptsReceiptType": ".purchase_receipt_v2_get_all_receipts_receipt_type",
    "PurchaseReceiptV2GetAllReceiptsStatus": ".purchase_receipt_v2_get_all_receipts_status",
    "PurchaseReceiptV2QueryParameters": ".purchase_receipt_v2_query_parameters",
    "PurchaseReceiptV2QueryParametersReceiptType": ".purchase_receipt_v2_query_parameters_receipt_type",
    "PurchaseReceiptV2QueryParametersStatus": ".purchase_receipt_v2_query_parameters_status",
    "PurchaseReceiptsDto": ".purchase_receipts_dto",
    "PurchaseReceiptsDtoStatus": ".purchase_receipts_dto_status",
    "PurchaseReceiptsDtoType": ".purchase_receipts_dto_type",
    "PutExpenseClaimOnHoldActionResultDto": ".put_expense_claim_on_hold_action_result_dto",
    "PutExpenseClaimOnHoldActionResultDtoActionResult": ".put_expense_claim_on_hold_action_result_dto_action_result",
    "PutTimeCardOnHoldActionResultDto": ".put_time_card_on_hold_action_result_dto",
    "PutTimeCardOnHoldActionResultDtoActionResult": ".put_time_card_on_hold_action_result_dto_action_result",
    "QuantityInAllocationsUpdateDto": ".quantity_in_allocations_update_dto",
    "QuantityInExpenseClaimDetailUpdateDto": ".quantity_in_expense_claim_detail_update_dto",
    "RateInCreateCurrencyRateDto": ".rate_in_create_currency_rate_dto",
    "RateInUpdateCurrencyRateDto": ".rate_in_update_currency_rate_dto",
    "RateTableIdDescriptionDto": ".rate_table_id_description_dto",
    "RateTableInProjectDto": ".rate_table_in_project_dto",
    "RateTableInTaskExtendedDto": ".rate_table_in_task_extended_dto",
    "RateTypeInCreateCurrencyRateDto": ".rate_type_in_create_currency_rate_dto",
    "ReasonCodeDto": ".reason_code_dto",
    "ReasonCodeInInventoryAdjustmentLineDto": ".reason_code_in_inventory_adjustment_line_dto",
    "ReasonCodeInInventoryIssueLineDto": ".reason_code_in_inventory_issue_line_dto",
    "ReasonCodeInInventoryReceiptLineDto": ".reason_code_in_inventory_receipt_line_dto",
    "ReasonCodeInInventoryTransferLineDto": ".reason_code_in_inventory_transfer_line_dto",
    "ReceiptLocationInWarehouseDto": ".receipt_location_in_warehouse_dto",
    "ReceiptQtyInPurchaseReceiptLineBasicUpdateDto": ".receipt_qty_in_purchase_receipt_line_basic_update_dto",
    "ReceiptQtyInPurchaseReceiptLineUpdateDto": ".receipt_qty_in_purchase_receipt_line_update_dto",
    "ReceiptsValidInWarehouseLocationUpdateDto": ".receipts_valid_in_warehouse_location_update_dto",
    "ReclasificationAccountInEntryTypeDto": ".reclasification_account_in_entry_type_dto",
    "ReclasificationAccountInEntryTypeDtoType": ".reclasification_account_in_entry_type_dto_type",
    "ReclasificationAccountOverrideInEntryTypeDto": ".reclasification_account_override_in_entry_type_dto",
    "ReclasificationAccountOverrideInEntryTypeDtoType": ".reclasification_account_override_in_entry_type_dto_type",
    "RefNbrInExpenseClaimDetailUpdateDto": ".ref_nbr_in_expense_claim_detail_update_dto",
    "ReferenceNumberInInventoryAdjustmentUpdateDto": ".reference_number_in_inventory_adjustment_update_dto",
    "ReferenceNumberInInventoryIssueUpdateDto": ".reference_number_in_inventory_issue_update_dto",
    "ReferenceNumberInInventoryReceiptUpdateDto": ".reference_number_in_inventory_receipt_update_dto",
    "ReferenceNumberInInventoryTransferUpdateDto": ".reference_number_in_inventory_transfer_update_dto",
    "ReferenceNumberInPaymentUpdateDto": ".reference_number_in_payment_update_dto",
    "RegisterInFixedAssetTransactionDto": ".register_in_fixed_asset_transaction_dto",
    "RegisterInFixedAssetTransactionDtoStatus": ".register_in_fixed_asset_transaction_dto_status",
    "ReleaseCashTransactionActionResultDto": ".release_cash_transaction_action_result_dto",
    "ReleaseCashTransactionActionResultDtoActionResult": ".release_cash_transaction_action_result_dto_action_result",
    "ReleaseCustomerCreditNoteActionResultDto": ".release_customer_credit_note_action_result_dto",
    "ReleaseCustomerCreditNoteActionResultDtoActionResult": ".release_customer_credit_note_action_result_dto_action_result",
    "ReleaseCustomerDebitNoteActionResultDto": ".release_customer_debit_note_action_result_dto",
    "ReleaseCustomerDebitNoteActionResultDtoActionResult": ".release_customer_debit_note_action_result_dto_action_result",
    "ReleaseCustomerOverdueChargeActionResultDto": ".release_customer_overdue_charge_action_result_dto",
    "ReleaseCustomerOverdueChargeActionResultDtoActionResult": ".release_customer_overdue_charge_action_result_dto_action_result",
    "ReleaseInventoryDocumentActionResultDto": ".release_inventory_document_action_result_dto",
    "ReleaseInventoryDocumentActionResultDtoActionResult": ".release_inventory_document_action_result_dto_action_result",
    "ReleaseInvoiceActionResultDto": ".release_invoice_action_result_dto",
    "ReleaseInvoiceActionResultDtoActionResult": ".release_invoice_action_result_dto_action_result",
    "ReleaseJournalTransactionActionResultDto": ".release_journal_transaction_action_result_dto",
    "ReleaseJournalTransactionActionResultDtoActionResult": ".release_journal_transaction_action_result_dto_action_result",
    "ReleasePaymentActionDto": ".release_payment_action_dto",
    "ReleasePaymentActionResultDto": ".release_payment_action_result_dto",
    "ReleasePaymentActionResultDtoActionResult": ".release_payment_action_result_dto_action_result",
    "ReleasePurchaseReceiptActionResultDto": ".release_purchase_receipt_action_result_dto",
    "ReleasePurchaseReceiptActionResultDtoActionResult": ".release_purchase_receipt_action_result_dto_action_result",
    "ReleaseSupplierInvoiceActionResultDto": ".release_supplier_invoice_action_result_dto",
    "ReleaseSupplierInvoiceActionResultDtoActionResult": ".release_supplier_invoice_action_result_dto_action_result",
    "ReleaseSupplierPaymentActionDto": ".release_supplier_payment_action_dto",
    "RemitAddressInPurchaseOrderDto": ".remit_address_in_purchase_order_dto",
    "RemitAddressInSupplierDto": ".remit_address_in_supplier_dto",
    "RemitContactInPurchaseOrderDto": ".remit_contact_in_purchase_order_dto",
    "RemitContactInSupplierDto": ".remit_contact_in_supplier_dto",
    "ReopenSalesOrderActionDto": ".reopen_sales_order_action_dto",
    "ReopenSalesOrderActionResultDto": ".reopen_sales_order_action_result_dto",
    "ReopenSalesOrderActionResultDtoActionResult": ".reopen_sales_order_action_result_dto_action_result",
    "ReplenishmentClassIdDescriptionDto": ".replenishment_class_id_description_dto",
    "ReplenishmentClassInWarehouseDto": ".replenishment_class_in_warehouse_dto",
    "ReturnLocationInWarehouseDto": ".return_location_in_warehouse_dto",
    "ReverseCashTransactionActionDto": ".reverse_cash_transaction_action_dto",
    "ReverseCashTransactionActionResultDto": ".reverse_cash_transaction_action_result_dto",
    "ReverseCashTransactionActionResultDtoActionResult": ".reverse_cash_transaction_action_result_dto_action_result",
    "ReverseInvoiceActionDto": ".reverse_invoice_action_dto",
    "ReverseInvoiceActionResultDto": ".reverse_invoice_action_result_dto",
    "ReverseInvoiceActionResultDtoActionResult": ".reverse_invoice_action_result_dto_action_result",
    "ReverseInvoiceResultDto": ".reverse_invoice_result_dto",
    "ReverseInvoiceResultDtoActionResult": ".reverse_invoice_result_dto_action_result",
    "RotRutBasicDto": ".rot_rut_basic_dto",
    "RotRutBasicDtoType": ".rot_rut_basic_dto_type",
    "RotRutDistributionDto": ".rot_rut_distribution_dto",
    "RotRutDistributionUpdateDto": ".rot_rut_distribution_update_dto",
    "RotRutDistributionUpdateDtoOperation": ".rot_rut_distribution_update_dto_operation",
    "RotRutDto": ".rot_rut_dto",
    "RotRutDtoDocType": ".rot_rut_dto_doc_type",
    "RotRutDtoType": ".rot_rut_dto_type",
    "RotRutUpdateDto": ".rot_rut_update_dto",
    "SaleOrderUpdateDtoInReopenSalesOrderActionDto": ".sale_order_update_dto_in_reopen_sales_order_action_dto",
    "SalesAccountInExpenseClaimDetailDto": ".sales_account_in_expense_claim_detail_dto",
    "SalesAccountInExpenseClaimDetailDtoType": ".sales_account_in_expense_claim_detail_dto_type",
    "SalesAccountInExpenseReceiptDto": ".sales_account_in_expense_receipt_dto",
    "SalesAccountInInventoryAccountInformationDto": ".sales_account_in_inventory_account_information_dto",
    "SalesCategoryDto": ".sales_category_dto",
    "SalesCategoryLineDto": ".sales_category_line_dto",
    "SalesEuAccountInInventoryAccountInformationDto": ".sales_eu_account_in_inventory_account_information_dto",
    "SalesExportAccountInInventoryAccountInformationDto": ".sales_export_account_in_inventory_account_information_dto",
    "SalesInvoiceAddressUpdateDto": ".sales_invoice_address_update_dto",
    "SalesInvoiceContactUpdateDto": ".sales_invoice_contact_update_dto",
    "SalesNonTaxableAccountInInventoryAccountInformationDto": ".sales_non_taxable_account_in_inventory_account_information_dto",
    "SalesOrderAddressDto": ".sales_order_address_dto",
    "SalesOrderAddressUpdateDto": ".sales_order_address_update_dto",
    "SalesOrderBasicCreateHeaderAttachmentByorderNumberResponse201": ".sales_order_basic_create_header_attachment_byorder_number_response_201",
    "SalesOrderBasicCreateHeaderAttachmentByorderNumberorderTypeResponse201": ".sales_order_basic_create_header_attachment_byorder_numberorder_type_response_201",
    "SalesOrderBasicCreateLineAttachmentByorderNumberlineNumberResponse201": ".sales_order_basic_create_line_attachment_byorder_numberline_number_response_201",
    "SalesOrderBasicCreateLineAttachmentByorderNumberorderTypelineNumberResponse201": ".sales_order_basic_create_line_attachment_byorder_numberorder_typeline_number_response_201",
    "SalesOrderBasicDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200": ".sales_order_basic_delete_line_attachment_byorder_numberorder_typeline_numberfile_id_response_200",
    "SalesOrderBasicDeleteOrderAttachmentByorderNumberorderTypefileIdResponse200": ".sales_order_basic_delete_order_attachment_byorder_numberorder_typefile_id_response_200",
    "SalesOrderBasicDto": ".sales_order_basic_dto",
    "SalesOrderBasicDtoStatus": ".sales_order_basic_dto_status",
    "SalesOrderBasicGetAllOrdersStatus": ".sales_order_basic_get_all_orders_status",
    "SalesOrderBasicLineUpdateDto": ".sales_order_basic_line_update_dto",
    "SalesOrderBasicLineUpdateDtoOperation": ".sales_order_basic_line_update_dto_operation",
    "SalesOrderBasicPostResponse201": ".sales_order_basic_post_response_201",
    "SalesOrderBasicPutByorderNbrResponse204": ".sales_order_basic_put_byorder_nbr_response_204",
    "SalesOrderBasicUpdateDto": ".sales_order_basic_update_dto",
    "SalesOrderBasicV2CreateHeaderAttachmentByorderNumberResponse201": ".sales_order_basic_v2_create_header_attachment_byorder_number_response_201",
    "SalesOrderBasicV2CreateHeaderAttachmentByorderNumberorderTypeResponse201": ".sales_order_basic_v2_create_header_attachment_byorder_numberorder_type_response_201",
    "SalesOrderBasicV2CreateLineAttachmentByorderNumberlineNumberResponse201": ".sales_order_basic_v2_create_line_attachment_byorder_numberline_number_response_201",
    "SalesOrderBasicV2CreateLineAttachmentByorderNumberorderTypelineNumberResponse201": ".sales_order_basic_v2_create_line_attachment_byorder_numberorder_typeline_number_response_201",
    "SalesOrderBasicV2PostResponse201": ".sales_order_basic_v2_post_response_201",
    "SalesOrderContactDto": ".sales_order_contact_dto",
    "SalesOrderContactUpdateDto": ".sales_order_contact_update_dto",
    "SalesOrderCreateHeaderAttachmentByorderNumberResponse201": ".sales_order_create_header_attachment_byorder_number_response_201",
    "SalesOrderCreateHeaderAttachmentByorderNumberorderTypeResponse201": ".sales_order_create_header_attachment_byorder_numberorder_type_response_201",
    "SalesOrderCreateLineAttachmentByorderNumberlineNumberResponse201": ".sales_order_create_line_attachment_byorder_numberline_number_response_201",
    "SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201": ".sales_order_create_line_attachment_byorder_numberorder_typeline_number_response_201",
    "SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200": ".sales_order_delete_line_attachment_byorder_numberorder_typeline_numberfile_id_response_200",
    "SalesOrderDeleteOrderAttachmentByorderNumberorderTypefileIdResponse200": ".sales_order_delete_order_attachment_byorder_numberorder_typefile_id_response_200",
    "SalesOrderDocumentLineDto": ".sales_order_document_line_dto",
    "SalesOrderDto": ".sales_order_dto",
    "SalesOrderDtoShipComplete": ".sales_order_dto_ship_complete",
    "SalesOrderDtoStatus": ".sales_order_dto_status",
    "SalesOrderGetAllOrdersStatus": ".sales_order_get_all_orders_status",
    "SalesOrderLineDto": ".sales_order_line_dto",
    "SalesOrderLineDtoOperation": ".sales_order_line_dto_operation",
    "SalesOrderLineDtoPoSource": ".sales_order_line_dto_po_source",
    "SalesOrderLineDtoShipComplete": ".sales_order_line_dto_ship_complete",
    "SalesOrderLineUpdateDto": ".sales_order_line_update_dto",
    "SalesOrderLineUpdateDtoOperation": ".sales_order_line_update_dto_operation",
    "SalesOrderPostResponse201": ".sales_order_post_response_201",
    "SalesOrderPrintOrderByorderNumberorderTypeResponse200": ".sales_order_print_order_byorder_numberorder_type_response_200",
    "SalesOrderPutByorderNbrResponse204": ".sales_order_put_byorder_nbr_response_204",
    "SalesOrderQueryParameters": ".sales_order_query_parameters",
    "SalesOrderQueryParametersStatus": ".sales_order_query_parameters_status",
    "SalesOrderShipmentDto": ".sales_order_shipment_dto",
    "SalesOrderTypeDto": ".sales_order_type_dto",
    "SalesOrderTypeDtoBehavior": ".sales_order_type_dto_behavior",
    "SalesOrderTypeDtoCustomerDocumentType": ".sales_order_type_dto_customer_document_type",
    "SalesOrderTypeDtoDefaultOperation": ".sales_order_type_dto_default_operation",
    "SalesOrderTypeQueryParameters": ".sales_order_type_query_parameters",
    "SalesOrderUpdateDto": ".sales_order_update_dto",
    "SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201": ".sales_order_v2_create_header_attachment_byorder_number_response_201",
    "SalesOrderV2CreateHeaderAttachmentByorderNumberorderTypeResponse201": ".sales_order_v2_create_header_attachment_byorder_numberorder_type_response_201",
    "SalesOrderV2CreateLineAttachmentByorderNumberlineNumberResponse201": ".sales_order_v2_create_line_attachment_byorder_numberline_number_response_201",
    "SalesOrderV2CreateLineAttachmentByorderNumberorderTypelineNumberResponse201": ".sales_order_v2_create_line_attachment_byorder_numberorder_typeline_number_response_201",
    "SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200": ".sales_order_v2_create_purchase_orders_action_bysale_order_number_response_200",
    "SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207": ".sales_order_v2_create_purchase_orders_action_bysale_order_number_response_207",
    "SalesOrderV2GetAllOrdersV2Status": ".sales_order_v2_get_all_orders_v2_status",
    "SalesOrderV2PostResponse201": ".sales_order_v2_post_response_201",
    "SalesOrderV2QueryParameters": ".sales_order_v2_query_parameters",
    "SalesOrderV2QueryParametersStatus": ".sales_order_v2_query_parameters_status",
    "SalesPersonCreateSalespersonResponse201": ".sales_person_create_salesperson_response_201",
    "SalesPersonDto": ".sales_person_dto",
    "SalesPersonIdDescriptionDto": ".sales_person_id_description_dto",
    "SalesPersonIDInCashSaleUpdateDto": ".sales_person_id_in_cash_sale_update_dto",
    "SalesPersonIDInCreditNoteUpdateDto": ".sales_person_id_in_credit_note_update_dto",
    "SalesPersonIDInCustomerCreditNoteUpdateDto": ".sales_person_id_in_customer_credit_note_update_dto",
    "SalesPersonIDInCustomerDebitNoteUpdateDto": ".sales_person_id_in_customer_debit_note_update_dto",
    "SalesPersonIDInCustomerInvoiceUpdateDto": ".sales_person_id_in_customer_invoice_update_dto",
    "SalesPersonIDInCustomerOverdueChargeUpdateDto": ".sales_person_id_in_customer_overdue_charge_update_dto",
    "SalesPersonInCashSaleDto": ".sales_person_in_cash_sale_dto",
    "SalesPersonInCreditNoteDto": ".sales_person_in_credit_note_dto",
    "SalesPersonInCustomerContractSummaryDto": ".sales_person_in_customer_contract_summary_dto",
    "SalesPersonInCustomerCreditNoteDto": ".sales_person_in_customer_credit_note_dto",
    "SalesPersonInCustomerDebitNoteDto": ".sales_person_in_customer_debit_note_dto",
    "SalesPersonInCustomerInvoiceDto": ".sales_person_in_customer_invoice_dto",
    "SalesPersonInCustomerOverdueChargeDto": ".sales_person_in_customer_overdue_charge_dto",
    "SalesPersonInSalesOrderDto": ".sales_person_in_sales_order_dto",
    "SalesPersonInSalesOrderLineDto": ".sales_person_in_sales_order_line_dto",
    "SalesPersonQueryParameters": ".sales_person_query_parameters",
    "SalesPersonUpdateDto": ".sales_person_update_dto",
    "SalesPersonUpdateSalespersonBysalespersonCdResponse204": ".sales_person_update_salesperson_bysalesperson_cd_response_204",
    "SalesSubInExpenseReceiptDto": ".sales_sub_in_expense_receipt_dto",
    "SalesSubaccountInExpenseClaimDetailDto": ".sales_subaccount_in_expense_claim_detail_dto",
    "SalesSubaccountInInventoryAccountInformationDto": ".sales_subaccount_in_inventory_account_information_dto",
    "SalesValidInWarehouseLocationUpdateDto": ".sales_valid_in_warehouse_location_update_dto",
    "SalespersonInCashSaleUpdateDto": ".salesperson_in_cash_sale_update_dto",
    "SalespersonInCreditNoteUpdateDto": ".salesperson_in_credit_note_update_dto",
    "SalespersonInCustomerCreditNoteUpdateDto": ".salesperson_in_customer_credit_note_update_dto",
    "SalespersonInCustomerDebitNoteUpdateDto": ".salesperson_in_customer_debit_note_update_dto",
    "SalespersonInCustomerInvoiceUpdateDto": ".salesperson_in_customer_invoice_update_dto",
    "SalespersonInCustomerOverdueChargeUpdateDto": ".salesperson_in_customer_overdue_charge_update_dto",
    "SatInTimeCardMaterialsUpdateDto": ".sat_in_time_card_materials_update_dto",
    "SatInTimeCardSummaryUpdateDto": ".sat_in_time_card_summary_update_dto",
    "SegmentDto": ".segment_dto",
    "SegmentUpdateDto": ".segment_update_dto",
    "SellerInCashSaleLineDto": ".seller_in_cash_sale_line_dto",
    "SellerInCreditNoteLineDto": ".seller_in_credit_note_line_dto",
    "SellerInCustomerCreditNoteLineDto": ".seller_in_customer_credit_note_line_dto",
    "SellerInCustomerDebitNoteLineDto": ".seller_in_customer_debit_note_line_dto",
    "SellerInCustomerInvoiceLineDto": ".seller_in_customer_invoice_line_dto",
    "SellerInCustomerOverdueChargeLineDto": ".seller_in_customer_overdue_charge_line_dto",
    "SendEmailActionResultDto": ".send_email_action_result_dto",
    "SendEmailActionResultDtoActionResult": ".send_email_action_result_dto_action_result",
    "SendExpenseClaimToApprovalActionResultDto": ".send_expense_claim_to_approval_action_result_dto",
    "SendExpenseClaimToApprovalActionResultDtoActionResult": ".send_expense_claim_to_approval_action_result_dto_action_result",
    "SendTimeCardToApprovalActionResultDto": ".send_time_card_to_approval_action_result_dto",
    "SendTimeCardToApprovalActionResultDtoActionResult": ".send_time_card_to_approval_action_result_dto_action_result",
    "SendToApprovalResult": ".send_to_approval_result",
    "SendToApprovalResultActionResult": ".send_to_approval_result_action_result",
    "SendToAutoInvoiceArDocumentActionResultDto": ".send_to_auto_invoice_ar_document_action_result_dto",
    "SendToAutoInvoiceArDocumentActionResultDtoActionResult": ".send_to_auto_invoice_ar_document_action_result_dto_action_result",
    "ShipLocationInWarehouseDto": ".ship_location_in_warehouse_dto",
    "ShipToInPurchaseOrderDto": ".ship_to_in_purchase_order_dto",
    "ShipViaInSalesOrderDto": ".ship_via_in_sales_order_dto",
    "ShipViaInShipmentDto": ".ship_via_in_shipment_dto",
    "ShipmentAddLineByshipmentNumberResponse204": ".shipment_add_line_byshipment_number_response_204",
    "ShipmentAddSoLineByshipmentNumberResponse204": ".shipment_add_so_line_byshipment_number_response_204",
    "ShipmentAddSoOrderByshipmentNumberResponse204": ".shipment_add_so_order_byshipment_number_response_204",
    "ShipmentAddressDto": ".shipment_address_dto",
    "ShipmentCancelShipmentByshipmentNumberResponse200": ".shipment_cancel_shipment_byshipment_number_response_200",
    "ShipmentContactDto": ".shipment_contact_dto",
    "ShipmentCorrectShipmentByshipmentNumberResponse200": ".shipment_correct_shipment_byshipment_number_response_200",
    "ShipmentCreateDto": ".shipment_create_dto",
    "ShipmentDeleteLineByshipmentNumberlineNumberResponse204": ".shipment_delete_line_byshipment_numberline_number_response_204",
    "ShipmentDetailLineAddDto": ".shipment_detail_line_add_dto",
    "ShipmentDetailLineAddDtoOperation": ".shipment_detail_line_add_dto_operation",
    "ShipmentDetailLineDto": ".shipment_detail_line_dto",
    "ShipmentDetailLineUpdateDto": ".shipment_detail_line_update_dto",
    "ShipmentDetailLineUpdateDtoOperation": ".shipment_detail_line_update_dto_operation",
    "ShipmentDto": ".shipment_dto",
    "ShipmentDtoOperation": ".shipment_dto_operation",
    "ShipmentDtoShipmentType": ".shipment_dto_shipment_type",
    "ShipmentDtoStatus": ".shipment_dto_status",
    "ShipmentGetAllShipmentsShipmentType": ".shipment_get_all_shipments_shipment_type",
    "ShipmentGetAllShipmentsStatus": ".shipment_get_all_shipments_status",
    "ShipmentOrderLineDto": ".shipment_order_line_dto",
    "ShipmentPackageLineUpdateDto": ".shipment_package_line_update_dto",
    "ShipmentPackageLineUpdateDtoOperation": ".shipment_package_line_update_dto_operation",
    "ShipmentPostResponse201": ".shipment_post_response_201",
    "ShipmentPrintPickListByshipmentNbrResponse200": ".shipment_print_pick_list_byshipment_nbr_response_200",
    "ShipmentPrintShipmentConfirmationByshipmentNbrResponse200": ".shipment_print_shipment_confirmation_byshipment_nbr_response_200",
    "ShipmentPutByshipmentNbrResponse204": ".shipment_put_byshipment_nbr_response_204",
    "ShipmentSOLine": ".shipment_so_line",
    "ShipmentSOOrder": ".shipment_so_order",
    "ShipmentUpdateDeleteLineDto": ".shipment_update_delete_line_dto",
    "ShipmentUpdateDto": ".shipment_update_dto",
    "ShipmentsQueryParameters": ".shipments_query_parameters",
    "ShipmentsQueryParametersShipmentType": ".shipments_query_parameters_shipment_type",
    "ShipmentsQueryParametersStatus": ".shipments_query_parameters_status",
    "ShippingAddressInPurchaseOrderDto": ".shipping_address_in_purchase_order_dto",
    "ShippingContactInPurchaseOrderDto": ".shipping_contact_in_purchase_order_dto",
    "ShippingLocationInPurchaseOrderDto": ".shipping_location_in_purchase_order_dto",
    "ShippingTermsDescriptionDto": ".shipping_terms_description_dto",
    "ShippingTermsInSalesOrderDto": ".shipping_terms_in_sales_order_dto",
    "ShippingTermsInShipmentDto": ".shipping_terms_in_shipment_dto",
    "ShippingZoneDescriptionDto": ".shipping_zone_description_dto",
    "ShippingZoneInSalesOrderDto": ".shipping_zone_in_sales_order_dto",
    "ShippingZoneInShipmentDto": ".shipping_zone_in_shipment_dto",
    "SigmaIntrastatTransactionDescriptionDto": ".sigma_intrastat_transaction_description_dto",
    "SiteIdInSupplierInvoiceLandedCostUpdateDto": ".site_id_in_supplier_invoice_landed_cost_update_dto",
    "SoBillingAddressInSalesOrderDto": ".so_billing_address_in_sales_order_dto",
    "SoBillingContactInSalesOrderDto": ".so_billing_contact_in_sales_order_dto",
    "SOCommissionDto": ".so_commission_dto",
    "SoShippingAddressInSalesOrderDto": ".so_shipping_address_in_sales_order_dto",
    "SoShippingContactInSalesOrderDto": ".so_shipping_contact_in_sales_order_dto",
    "StartDateInProjectUpdateDto": ".start_date_in_project_update_dto",
    "StatusInEmployeeCreateDTO": ".status_in_employee_create_dto",
    "StatusInEmployeeCreateDTOValue": ".status_in_employee_create_dto_value",
    "StatusInEmployeeUpdateDto": ".status_in_employee_update_dto",
    "StatusInEmployeeUpdateDtoValue": ".status_in_employee_update_dto_value",
    "StocktakeDto": ".stocktake_dto",
    "StocktakeDtoSummaryStatus": ".stocktake_dto_summary_status",
    "StocktakeGetAllStocktakesStatus": ".stocktake_get_all_stocktakes_status",
    "StocktakeGetAllStocktakesSummaryStatus": ".stocktake_get_all_stocktakes_summary_status",
    "StocktakeLineDto": ".stocktake_line_dto",
    "StocktakeLineDtoStatus": ".stocktake_line_dto_status",
    "StocktakeLineUpdateDto": ".stocktake_line_update_dto",
    "StocktakeLineUpdateDtoOperation": ".stocktake_line_update_dto_operation",
    "StocktakeLineV2Dto": ".stocktake_line_v2_dto",
    "StocktakeLineV2DtoStatus": ".stocktake_line_v2_dto_status",
    "StocktakePagingQueryParameters": ".stocktake_paging_query_parameters",
    "StocktakePagingQueryParametersStatus": ".stocktake_paging_query_parameters_status",
    "StocktakePagingQueryParametersSummaryStatus": ".stocktake_paging_query_parameters_summary_status",
    "StocktakePutByreferenceNumberResponse204": ".stocktake_put_byreference_number_response_204",
    "StocktakeQueryParameters": ".stocktake_query_parameters",
    "StocktakeQueryParametersStatus": ".stocktake_query_parameters_status",
    "StocktakeQueryParametersSummaryStatus": ".stocktake_query_parameters_summary_status",
    "StocktakeUpdateDto": ".stocktake_update_dto",
    "StocktakeV2Dto": ".stocktake_v2_dto",
    "StocktakeV2DtoSummaryStatus": ".stocktake_v2_dto_summary_status",
    "StocktakeV2ExceptionDto": ".stocktake_v2_exception_dto",
    "StocktakeV2ExceptionDtoErrorCode": ".stocktake_v2_exception_dto_error_code",
    "StocktakeV2GetAllStocktakesStatus": ".stocktake_v2_get_all_stocktakes_status",
    "StocktakeV2GetAllStocktakesSummaryStatus": ".stocktake_v2_get_all_stocktakes_summary_status",
    "StocktakeV2PutByreferenceNumberResponse204": ".stocktake_v2_put_byreference_number_response_204",
    "SubAccountDescriptionDto": ".sub_account_description_dto",
    "SubAccountDto": ".sub_account_dto",
    "SubAccountUpdateDto": ".sub_account_update_dto",
    "SubInPurchaseOrderLineDto": ".sub_in_purchase_order_line_dto",
    "SubInPurchaseReceiptLineDto": ".sub_in_purchase_receipt_line_dto",
    "SubaccountIdInSubAccountUpdateDto": ".subaccount_id_in_sub_account_update_dto",
    "SubaccountInBudgetDto": ".subaccount_in_budget_dto",
    "SubaccountInCashSaleDto": ".subaccount_in_cash_sale_dto",
    "SubaccountInCashSaleLineDto": ".subaccount_in_cash_sale_line_dto",
    "SubaccountInCreditNoteDto": ".subaccount_in_credit_note_dto",
    "SubaccountInCreditNoteLineDto": ".subaccount_in_credit_note_line_dto",
    "SubaccountInCustomerCreditNoteDto": ".subaccount_in_customer_credit_note_dto",
    "SubaccountInCustomerCreditNoteLineDto": ".subaccount_in_customer_credit_note_line_dto",
    "SubaccountInCustomerCreditWriteOffDto": ".subaccount_in_customer_credit_write_off_dto",
    "SubaccountInCustomerDebitNoteDto": ".subaccount_in_customer_debit_note_dto",
    "SubaccountInCustomerDebitNoteLineDto": ".subaccount_in_customer_debit_note_line_dto",
    "SubaccountInCustomerDocumentDto": ".subaccount_in_customer_document_dto",
    "SubaccountInCustomerInvoiceDto": ".subaccount_in_customer_invoice_dto",
    "SubaccountInCustomerInvoiceLineDto": ".subaccount_in_customer_invoice_line_dto",
    "SubaccountInCustomerOverdueChargeDto": ".subaccount_in_customer_overdue_charge_dto",
    "SubaccountInCustomerOverdueChargeLineDto": ".subaccount_in_customer_overdue_charge_line_dto",
    "SubaccountInJournalTransactionLineDto": ".subaccount_in_journal_transaction_line_dto",
    "SubaccountInSalesOrderLineDto": ".subaccount_in_sales_order_line_dto",
    "SubaccountInSupplierAccountDto": ".subaccount_in_supplier_account_dto",
    "SubaccountInSupplierDocumentDto": ".subaccount_in_supplier_document_dto",
    "SubaccountInSupplierInvoiceLineDto": ".subaccount_in_supplier_invoice_line_dto",
    "SubaccountInSupplierItemAccountDto": ".subaccount_in_supplier_item_account_dto",
    "SubaccountNumberInSubAccountUpdateDto": ".subaccount_number_in_sub_account_update_dto",
    "SubaccountPostResponse201": ".subaccount_post_response_201",
    "SubaccountPutBysubAccountNumberResponse204": ".subaccount_put_bysub_account_number_response_204",
    "SubaccountQueryParameters": ".subaccount_query_parameters",
    "SubmitExpenseClaimActionResultDto": ".submit_expense_claim_action_result_dto",
    "SubmitExpenseClaimActionResultDtoActionResult": ".submit_expense_claim_action_result_dto_action_result",
    "SubmitTimeCardActionResultDto": ".submit_time_card_action_result_dto",
    "SubmitTimeCardActionResultDtoActionResult": ".submit_time_card_action_result_dto_action_result",
    "SummaryInCustomerContractDto": ".summary_in_customer_contract_dto",
    "SummaryInCustomerContractDtoInvoiceTo": ".summary_in_customer_contract_dto_invoice_to",
    "SummaryInCustomerContractDtoInvoicingPeriod": ".summary_in_customer_contract_dto_invoicing_period",
    "SunInTimeCardMaterialsUpdateDto": ".sun_in_time_card_materials_update_dto",
    "SunInTimeCardSummaryUpdateDto": ".sun_in_time_card_summary_update_dto",
    "SupplementaryMeasureUnitInIntrastatUpdateDto": ".supplementary_measure_unit_in_intrastat_update_dto",
    "SupplierAccountDto": ".supplier_account_dto",
    "SupplierAccountInSupplierAccountsDto": ".supplier_account_in_supplier_accounts_dto",
    "SupplierAccountInSupplierGlAccountsDto": ".supplier_account_in_supplier_gl_accounts_dto",
    "SupplierAccountQueryParameters": ".supplier_account_query_parameters",
    "SupplierAccountsDto": ".supplier_accounts_dto",
    "SupplierAddressInSupplierDto": ".supplier_address_in_supplier_dto",
    "SupplierBalanceDto": ".supplier_balance_dto",
    "SupplierBalanceQueryParameters": ".supplier_balance_query_parameters",
    "SupplierClassDto": ".supplier_class_dto",
    "SupplierClassInSupplierDto": ".supplier_class_in_supplier_dto",
    "SupplierContactInSupplierDto": ".supplier_contact_in_supplier_dto",
    "SupplierDescriptionDto": ".supplier_description_dto",
    "SupplierDetailsDto": ".supplier_details_dto",
    "SupplierDetailsDtoOperation": ".supplier_details_dto_operation",
    "SupplierDetailsLineDto": ".supplier_details_line_dto",
    "SupplierDocumentDto": ".supplier_document_dto",
    "SupplierDocumentDtoApprovalStatus": ".supplier_document_dto_approval_status",
    "SupplierDocumentDtoDocumentType": ".supplier_document_dto_document_type",
    "SupplierDocumentDtoStatus": ".supplier_document_dto_status",
    "SupplierDocumentForSupplierQueryParameters": ".supplier_document_for_supplier_query_parameters",
    "SupplierDocumentForSupplierQueryParametersDocumentType": ".supplier_document_for_supplier_query_parameters_document_type",
    "SupplierDocumentForSupplierQueryParametersStatus": ".supplier_document_for_supplier_query_parameters_status",
    "SupplierDocumentGetAllDocumentsForSupplierDocumentType": ".supplier_document_get_all_documents_for_supplier_document_type",
    "SupplierDocumentGetAllDocumentsForSupplierStatus": ".supplier_document_get_all_documents_for_supplier_status",
    "SupplierDocumentQueryParameters": ".supplier_document_query_parameters",
    "SupplierDocumentQueryParametersDocumentType": ".supplier_document_query_parameters_document_type",
    "SupplierDocumentQueryParametersStatus": ".supplier_document_query_parameters_status",
    "SupplierDto": ".supplier_dto",
    "SupplierDtoAccountUsedForPayment": ".supplier_dto_account_used_for_payment",
    "SupplierDtoChargeBearer": ".supplier_dto_charge_bearer",
    "SupplierDtoPaymentBy": ".supplier_dto_payment_by",
    "SupplierDtoStatus": ".supplier_dto_status",
    "SupplierGetAllDocumentsForSupplierBysupplierNumberDocumentType": ".supplier_get_all_documents_for_supplier_bysupplier_number_document_type",
    "SupplierGetAllDocumentsForSupplierBysupplierNumberStatus": ".supplier_get_all_documents_for_supplier_bysupplier_number_status",
    "SupplierGetAllInvoicesForSupplierBysupplierNumberDocumentType": ".supplier_get_all_invoices_for_supplier_bysupplier_number_document_type",
    "SupplierGetAllInvoicesForSupplierBysupplierNumberStatus": ".supplier_get_all_invoices_for_supplier_bysupplier_number_status",
    "SupplierGetAllStatus": ".supplier_get_all_status",
    "SupplierGlAccountsDto": ".supplier_gl_accounts_dto",
    "SupplierGlAccountsUpdateDto": ".supplier_gl_accounts_update_dto",
    "SupplierInLandedCostDto": ".supplier_in_landed_cost_dto",
    "SupplierInPurchaseOrderBasicDto": ".supplier_in_purchase_order_basic_dto",
    "SupplierInPurchaseOrderBasicUpdateDto": ".supplier_in_purchase_order_basic_update_dto",
    "SupplierInPurchaseOrderDto": ".supplier_in_purchase_order_dto",
    "SupplierInPurchaseOrderUpdateDto": ".supplier_in_purchase_order_update_dto",
    "SupplierInPurchaseReceiptBasicDto": ".supplier_in_purchase_receipt_basic_dto",
    "SupplierInPurchaseReceiptDto": ".supplier_in_purchase_receipt_dto",
    "SupplierInSupplierDocumentDto": ".supplier_in_supplier_document_dto",
    "SupplierInSupplierInvoiceDto": ".supplier_in_supplier_invoice_dto",
    "SupplierInSupplierPaymentDto": ".supplier_in_supplier_payment_dto",
    "SupplierInSupplierPOBalanceDto": ".supplier_in_supplier_po_balance_dto",
    "SupplierInvoiceCreateHeaderAttachmentByTypeBydocumentTypeinvoiceNumberResponse201": ".supplier_invoice_create_header_attachment_by_type_bydocument_typeinvoice_number_response_201",
    "SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201": ".supplier_invoice_create_header_attachment_byinvoice_number_response_201",
    "SupplierInvoiceCreateLineAttachmentByTypeBydocumentTypeinvoiceNumberlineNumberResponse201": ".supplier_invoice_create_line_attachment_by_type_bydocument_typeinvoice_numberline_number_response_201",
    "SupplierInvoiceCreateLineAttachmentByinvoiceNumberlineNumberResponse201": ".supplier_invoice_create_line_attachment_byinvoice_numberline_number_response_201",
    "SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType": ".supplier_invoice_delete_bydocument_typeinvoice_number_document_type",
    "SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204": ".supplier_invoice_delete_bydocument_typeinvoice_number_response_204",
    "SupplierInvoiceDeleteByinvoiceNumberResponse204": ".supplier_invoice_delete_byinvoice_number_response_204",
    "SupplierInvoiceDto": ".supplier_invoice_dto",
    "SupplierInvoiceDtoApprovalStatus": ".supplier_invoice_dto_approval_status",
    "SupplierInvoiceDtoDocumentType": ".supplier_invoice_dto_document_type",
    "SupplierInvoiceDtoStatus": ".supplier_invoice_dto_status",
    "SupplierInvoiceDtoTaxCalculationMode": ".supplier_invoice_dto_tax_calculation_mode",
    "SupplierInvoiceForSupplierQueryParameters": ".supplier_invoice_for_supplier_query_parameters",
    "SupplierInvoiceForSupplierQueryParametersDocumentType": ".supplier_invoice_for_supplier_query_parameters_document_type",
    "SupplierInvoiceForSupplierQueryParametersStatus": ".supplier_invoice_for_supplier_query_parameters_status",
    "SupplierInvoiceGetAllInvoicesDocumentType": ".supplier_invoice_get_all_invoices_document_type",
    "SupplierInvoiceGetAllInvoicesStatus": ".supplier_invoice_get_all_invoices_status",
    "SupplierInvoiceLandedCostDto": ".supplier_invoice_landed_cost_dto",
    "SupplierInvoiceLandedCostDtoPurchaseReceiptType": ".supplier_invoice_landed_cost_dto_purchase_receipt_type",
    "SupplierInvoiceLandedCostUpdateDto": ".supplier_invoice_landed_cost_update_dto",
    "SupplierInvoiceLandedCostUpdateDtoOperation": ".supplier_invoice_landed_cost_update_dto_operation",
    "SupplierInvoiceLineDto": ".supplier_invoice_line_dto",
    "SupplierInvoiceLineUpdateDto": ".supplier_invoice_line_update_dto",
    "SupplierInvoiceLineUpdateDtoOperation": ".supplier_invoice_line_update_dto_operation",
    "SupplierInvoicePostResponse201": ".supplier_invoice_post_response_201",
    "SupplierInvoicePutByTypeBydocumentTypeinvoiceNumberResponse204": ".supplier_invoice_put_by_type_bydocument_typeinvoice_number_response_204",
    "SupplierInvoicePutByinvoiceNumberResponse204": ".supplier_invoice_put_byinvoice_number_response_204",
    "SupplierInvoiceQueryParameters": ".supplier_invoice_query_parameters",
    "SupplierInvoiceQueryParametersDocumentType": ".supplier_invoice_query_parameters_document_type",
    "SupplierInvoiceQueryParametersStatus": ".supplier_invoice_query_parameters_status",
    "SupplierInvoiceUpdateDto": ".supplier_invoice_update_dto",
    "SupplierItemAccountDto": ".supplier_item_account_dto",
    "SupplierLocationCreateResponse201": ".supplier_location_create_response_201",
    "SupplierLocationDto": ".supplier_location_dto",
    "SupplierLocationQueryParameters": ".supplier_location_query_parameters",
    "SupplierLocationUpdateBybAccountIdlocationIdResponse204": ".supplier_location_update_byb_account_idlocation_id_response_204",
    "SupplierLocationUpdateDto": ".supplier_location_update_dto",
    "SupplierNumberDto": ".supplier_number_dto",
    "SupplierPaymentAdjustmentDto": ".supplier_payment_adjustment_dto",
    "SupplierPaymentAdjustmentDtoDocType": ".supplier_payment_adjustment_dto_doc_type",
    "SupplierPaymentAdjustmentUpdateDto": ".supplier_payment_adjustment_update_dto",
    "SupplierPaymentAdjustmentUpdateDtoOperation": ".supplier_payment_adjustment_update_dto_operation",
    "SupplierPaymentCreateSupplierPaymentResponse201": ".supplier_payment_create_supplier_payment_response_201",
    "SupplierPaymentDto": ".supplier_payment_dto",
    "SupplierPaymentDtoStatus": ".supplier_payment_dto_status",
    "SupplierPaymentDtoType": ".supplier_payment_dto_type",
    "SupplierPaymentGetAllPaymentsPaymentType": ".supplier_payment_get_all_payments_payment_type",
    "SupplierPaymentGetAllPaymentsStatus": ".supplier_payment_get_all_payments_status",
    "SupplierPaymentMethodDetailDto": ".supplier_payment_method_detail_dto",
    "SupplierPaymentMethodDetailUpdateDto": ".supplier_payment_method_detail_update_dto",
    "SupplierPaymentPutBypaymentNumberResponse204": ".supplier_payment_put_bypayment_number_response_204",
    "SupplierPaymentQueryParameters": ".supplier_payment_query_parameters",
    "SupplierPaymentQueryParametersPaymentType": ".supplier_payment_query_parameters_payment_type",
    "SupplierPaymentQueryParametersStatus": ".supplier_payment_query_parameters_status",
    "SupplierPaymentUpdateDto": ".supplier_payment_update_dto",
    "SupplierPOBalanceDto": ".supplier_po_balance_dto",
    "SupplierPostResponse201": ".supplier_post_response_201",
    "SupplierPutBysupplierCdResponse204": ".supplier_put_bysupplier_cd_response_204",
    "SupplierQueryParameters": ".supplier_query_parameters",
    "SupplierQueryParametersStatus": ".supplier_query_parameters_status",
    "SupplierSubaccountInSupplierGlAccountsDto": ".supplier_subaccount_in_supplier_gl_accounts_dto",
    "SupplierTaxZoneInSupplierInvoiceDto": ".supplier_tax_zone_in_supplier_invoice_dto",
    "SupplierUpdateDto": ".supplier_update_dto",
    "SupplierVatZoneInPurchaseOrderDto": ".supplier_vat_zone_in_purchase_order_dto",
    "TaskDto": ".task_dto",
    "TaskDtoStatus": ".task_dto_status",
    "TaskEmployeeUpdateDto": ".task_employee_update_dto",
    "TaskEmployeeUpdateDtoOperation": ".task_employee_update_dto_operation",
    "TaskExtendedDto": ".task_extended_dto",
    "TaskExtendedDtoStatus": ".task_extended_dto_status",
    "TaskQueryParameters": ".task_query_parameters",
    "TaskQueryParametersStatus": ".task_query_parameters_status",
    "TaskUpdateDto": ".task_update_dto",
    "TaskUpdateDtoOperation": ".task_update_dto_operation",
    "TaxCategoryIdInPurchaseReceiptLineBasicUpdateDto": ".tax_category_id_in_purchase_receipt_line_basic_update_dto",
    "TaxCategoryIdInPurchaseReceiptLineUpdateDto": ".tax_category_id_in_purchase_receipt_line_update_dto",
    "TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto": ".tax_category_id_in_supplier_invoice_landed_cost_update_dto",
    "TaxCategoryInExpenseClaimDetailDto": ".tax_category_in_expense_claim_detail_dto",
    "TaxCategoryInExpenseClaimDetailUpdateDto": ".tax_category_in_expense_claim_detail_update_dto",
    "TaxCategoryInExpenseReceiptDto": ".tax_category_in_expense_receipt_dto",
    "TaxCategoryInLandedCostDto": ".tax_category_in_landed_cost_dto",
    "TaxCategoryInPurchaseOrderLineDto": ".tax_category_in_purchase_order_line_dto",
    "TaxCategoryInPurchaseReceiptLineDto": ".tax_category_in_purchase_receipt_line_dto",
    "TaxCategoryInTaskExtendedDto": ".tax_category_in_task_extended_dto",
    "TaxCategoryInTransactionDetailDto": ".tax_category_in_transaction_detail_dto",
    "TaxCategoryNumberDescriptionDto": ".tax_category_number_description_dto",
    "TaxDetailDto": ".tax_detail_dto",
    "TaxDetailUpdateDto": ".tax_detail_update_dto",
    "TaxInCashTranTaxDetailDto": ".tax_in_cash_tran_tax_detail_dto",
    "TaxNumberDescriptionDto": ".tax_number_description_dto",
    "TaxZoneInFinancialsDetailDto": ".tax_zone_in_financials_detail_dto",
    "TemplateInProjectDto": ".template_in_project_dto",
    "TemplateInProjectDtoStatus": ".template_in_project_dto_status",
    "TemplateNumberDescriptionDto": ".template_number_description_dto",
    "TemplateNumberDescriptionDtoStatus": ".template_number_description_dto_status",
    "TermsInLandedCostDto": ".terms_in_landed_cost_dto",
    "TermsInPurchaseOrderDto": ".terms_in_purchase_order_dto",
    "TermsInSalesOrderDto": ".terms_in_sales_order_dto",
    "ThuInTimeCardMaterialsUpdateDto": ".thu_in_time_card_materials_update_dto",
    "ThuInTimeCardSummaryUpdateDto": ".thu_in_time_card_summary_update_dto",
    "TimeCardCreateTimeCardResponse201": ".time_card_create_time_card_response_201",
    "TimeCardDto": ".time_card_dto",
    "TimeCardDtoApprovalStatus": ".time_card_dto_approval_status",
    "TimeCardDtoStatus": ".time_card_dto_status",
    "TimeCardDtoType": ".time_card_dto_type",
    "TimeCardGetAllEmployeeTimeCardsStatus": ".time_card_get_all_employee_time_cards_status",
    "TimeCardGetAllEmployeeTimeCardsType": ".time_card_get_all_employee_time_cards_type",
    "TimeCardMaterialsDto": ".time_card_materials_dto",
    "TimeCardMaterialsUpdateDto": ".time_card_materials_update_dto",
    "TimeCardMaterialsUpdateDtoOperation": ".time_card_materials_update_dto_operation",
    "TimeCardSummaryDto": ".time_card_summary_dto",
    "TimeCardSummaryDtoApprovalStatus": ".time_card_summary_dto_approval_status",
    "TimeCardSummaryUpdateDto": ".time_card_summary_update_dto",
    "TimeCardSummaryUpdateDtoOperation": ".time_card_summary_update_dto_operation",
    "TimeCardUpdateDto": ".time_card_update_dto",
    "TimeCardUpdateTimeCardByreferenceNumberResponse204": ".time_card_update_time_card_byreference_number_response_204",
    "ToCurrencyIdInCreateCurrencyRateDto": ".to_currency_id_in_create_currency_rate_dto",
    "ToWarehouseInInventoryTransferDto": ".to_warehouse_in_inventory_transfer_dto",
    "ToWarehouseInShipmentDto": ".to_warehouse_in_shipment_dto",
    "TransactionDescriptionInPurchaseReceiptLineBasicUpdateDto": ".transaction_description_in_purchase_receipt_line_basic_update_dto",
    "TransactionDescriptionInPurchaseReceiptLineUpdateDto": ".transaction_description_in_purchase_receipt_line_update_dto",
    "TransactionDetailDto": ".transaction_detail_dto",
    "TransactionTypeInSalesOrderDto": ".transaction_type_in_sales_order_dto",
    "TransactionTypeInShipmentDto": ".transaction_type_in_shipment_dto",
    "TransferNumberInInventoryReceiptUpdateDto": ".transfer_number_in_inventory_receipt_update_dto",
    "TransferOrderLineNbrInPurchaseReceiptLineBasicUpdateDto": ".transfer_order_line_nbr_in_purchase_receipt_line_basic_update_dto",
    "TransferOrderLineNbrInPurchaseReceiptLineUpdateDto": ".transfer_order_line_nbr_in_purchase_receipt_line_update_dto",
    "TransferOrderNbrInPurchaseReceiptLineBasicUpdateDto": ".transfer_order_nbr_in_purchase_receipt_line_basic_update_dto",
    "TransferOrderNbrInPurchaseReceiptLineUpdateDto": ".transfer_order_nbr_in_purchase_receipt_line_update_dto",
    "TransferOrderTypeInPurchaseReceiptLineBasicUpdateDto": ".transfer_order_type_in_purchase_receipt_line_basic_update_dto",
    "TransferOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue": ".transfer_order_type_in_purchase_receipt_line_basic_update_dto_value",
    "TransferOrderTypeInPurchaseReceiptLineUpdateDto": ".transfer_order_type_in_purchase_receipt_line_update_dto",
    "TransferOrderTypeInPurchaseReceiptLineUpdateDtoValue": ".transfer_order_type_in_purchase_receipt_line_update_dto_value",
    "TransfersValidInWarehouseLocationUpdateDto": ".transfers_valid_in_warehouse_location_update_dto",
    "TueInTimeCardMaterialsUpdateDto": ".tue_in_time_card_materials_update_dto",
    "TueInTimeCardSummaryUpdateDto": ".tue_in_time_card_summary_update_dto",
    "TypeDto": ".type_dto",
    "TypeInFixedAssetDto": ".type_in_fixed_asset_dto",
    "TypeInPaymentUpdateDto": ".type_in_payment_update_dto",
    "TypeInPaymentUpdateDtoValue": ".type_in_payment_update_dto_value",
    "TypeInSupplierPaymentUpdateDto": ".type_in_supplier_payment_update_dto",
    "TypeInSupplierPaymentUpdateDtoValue": ".type_in_supplier_payment_update_dto_value",
    "TypeOfWorkInCustomerInvoiceLinesUpdateDto": ".type_of_work_in_customer_invoice_lines_update_dto",
    "UiExtensionDeleteByownerIdinternalIdResponse200": ".ui_extension_delete_byowner_idinternal_id_response_200",
    "UiExtensionDeleteByownerIdinternalIdscreenIdstepIdResponse200": ".ui_extension_delete_byowner_idinternal_idscreen_idstep_id_response_200",
    "UiExtensionDto": ".ui_extension_dto",
    "UiExtensionDtoType": ".ui_extension_dto_type",
    "UiExtensionGetAllUiExtensionsByownerIdType": ".ui_extension_get_all_ui_extensions_byowner_id_type",
    "UiExtensionPostResponse200": ".ui_extension_post_response_200",
    "UiExtensionQueryParameters": ".ui_extension_query_parameters",
    "UiExtensionQueryParametersType": ".ui_extension_query_parameters_type",
    "UiExtensionScreenDto": ".ui_extension_screen_dto",
    "UiExtensionUpdateDto": ".ui_extension_update_dto",
    "UiExtensionUpdateDtoType": ".ui_extension_update_dto_type",
    "UnitCostInExpenseClaimDetailUpdateDto": ".unit_cost_in_expense_claim_detail_update_dto",
    "UnitCostInPurchaseReceiptLineBasicUpdateDto": ".unit_cost_in_purchase_receipt_line_basic_update_dto",
    "UnitCostInPurchaseReceiptLineUpdateDto": ".unit_cost_in_purchase_receipt_line_update_dto",
    "UnitOfMeasureDto": ".unit_of_measure_dto",
    "UnitOfMeasureDtoSupplementaryMeasureUnit": ".unit_of_measure_dto_supplementary_measure_unit",
    "UnitOfMeasureDtoUnitMultDiv": ".unit_of_measure_dto_unit_mult_div",
    "UoMInTimeCardMaterialsUpdateDto": ".uo_m_in_time_card_materials_update_dto",
    "UomInAllocationsUpdateDto": ".uom_in_allocations_update_dto",
    "UomInExpenseClaimDetailUpdateDto": ".uom_in_expense_claim_detail_update_dto",
    "UomInPurchaseReceiptLineBasicUpdateDto": ".uom_in_purchase_receipt_line_basic_update_dto",
    "UomInPurchaseReceiptLineUpdateDto": ".uom_in_purchase_receipt_line_update_dto",
    "UpdateCostActionResultDto": ".update_cost_action_result_dto",
    "UpdateCostActionResultDtoActionResult": ".update_cost_action_result_dto_action_result",
    "UpdateCurrencyRateDto": ".update_currency_rate_dto",
    "UpdateDiscountsActionResultDto": ".update_discounts_action_result_dto",
    "UpdateDiscountsActionResultDtoActionResult": ".update_discounts_action_result_dto_action_result",
    "UpdateNoteDto": ".update_note_dto",
    "UserDescriptionDto": ".user_description_dto",
    "ValidateLineDetailsInSupplierInvoiceUpdateDto": ".validate_line_details_in_supplier_invoice_update_dto",
    "VatAgencyIdInVatInformationDto": ".vat_agency_id_in_vat_information_dto",
    "VatCategoryDto": ".vat_category_dto",
    "VatCategoryLineDto": ".vat_category_line_dto",
    "VatCategoryLineDtoCalculateOn": ".vat_category_line_dto_calculate_on",
    "VatCategoryLineDtoCashDiscount": ".vat_category_line_dto_cash_discount",
    "VatCategoryLineDtoType": ".vat_category_line_dto_type",
    "VatCategoryQueryParameters": ".vat_category_query_parameters",
    "VatClaimableAccountInVatGlAccountsDto": ".vat_claimable_account_in_vat_gl_accounts_dto",
    "VatClaimableAccountInVatGlAccountsDtoType": ".vat_claimable_account_in_vat_gl_accounts_dto_type",
    "VatClaimableSubccountInVatGlAccountsDto": ".vat_claimable_subccount_in_vat_gl_accounts_dto",
    "VatCodeDto": ".vat_code_dto",
    "VatCodeInCashSaleLineDto": ".vat_code_in_cash_sale_line_dto",
    "VatCodeInCreditNoteLineDto": ".vat_code_in_credit_note_line_dto",
    "VatCodeInCustomerCreditNoteLineDto": ".vat_code_in_customer_credit_note_line_dto",
    "VatCodeInCustomerDebitNoteLineDto": ".vat_code_in_customer_debit_note_line_dto",
    "VatCodeInCustomerInvoiceLineDto": ".vat_code_in_customer_invoice_line_dto",
    "VatCodeInCustomerOverdueChargeLineDto": ".vat_code_in_customer_overdue_charge_line_dto",
    "VatCodeInInventoryDto": ".vat_code_in_inventory_dto",
    "VatCodeInInventoryUpdateDto": ".vat_code_in_inventory_update_dto",
    "VatCodeInJournalTransactionLineDto": ".vat_code_in_journal_transaction_line_dto",
    "VatCodeInSupplierInvoiceLineDto": ".vat_code_in_supplier_invoice_line_dto",
    "VatDto": ".vat_dto",
    "VatGlAccountsDto": ".vat_gl_accounts_dto",
    "VatIdInTaxDetailDto": ".vat_id_in_tax_detail_dto",
    "VatInJournalTransactionLineDto": ".vat_in_journal_transaction_line_dto",
    "VatInformationDto": ".vat_information_dto",
    "VatInformationDtoCalculateOn": ".vat_information_dto_calculate_on",
    "VatInformationDtoCashDiscount": ".vat_information_dto_cash_discount",
    "VatInformationDtoEuReportCode": ".vat_information_dto_eu_report_code",
    "VatInformationDtoType": ".vat_information_dto_type",
    "VatInformationDtoVismaXmlVatType": ".vat_information_dto_visma_xml_vat_type",
    "VatInformationScheduleDto": ".vat_information_schedule_dto",
    "VatInformationScheduleDtoGroupType": ".vat_information_schedule_dto_group_type",
    "VatPayableAccountInVatGlAccountsDto": ".vat_payable_account_in_vat_gl_accounts_dto",
    "VatPayableAccountInVatGlAccountsDtoType": ".vat_payable_account_in_vat_gl_accounts_dto_type",
    "VatPayableSubaccountInVatGlAccountsDto": ".vat_payable_subaccount_in_vat_gl_accounts_dto",
    "VatPutVatHeaderNoteByvendorCdtaxPeriodIdrevisionIdResponse200": ".vat_put_vat_header_note_byvendor_cdtax_period_idrevision_id_response_200",
    "VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200": ".vat_put_vat_line_note_byvendor_cdtax_period_idrevision_idline_number_response_200",
    "VatQueryParameters": ".vat_query_parameters",
    "VatRateLineDto": ".vat_rate_line_dto",
    "VatRegistrationIdInPurchaseOrderBasicUpdateDto": ".vat_registration_id_in_purchase_order_basic_update_dto",
    "VatRegistrationIdInPurchaseOrderUpdateDto": ".vat_registration_id_in_purchase_order_update_dto",
    "VatRegistrationIdInSalesOrderBasicUpdateDto": ".vat_registration_id_in_sales_order_basic_update_dto",
    "VatRegistrationIdInSalesOrderUpdateDto": ".vat_registration_id_in_sales_order_update_dto",
    "VatZoneDto": ".vat_zone_dto",
    "VatZoneInBranchDto": ".vat_zone_in_branch_dto",
    "VatZoneInCustomerDto": ".vat_zone_in_customer_dto",
    "VatZoneInEntryTypeDto": ".vat_zone_in_entry_type_dto",
    "VatZoneInExtendedOrganizationDto": ".vat_zone_in_extended_organization_dto",
    "VatZoneInLocationDto": ".vat_zone_in_location_dto",
    "VatZoneInSupplierDto": ".vat_zone_in_supplier_dto",
    "VatZoneInSupplierLocationDto": ".vat_zone_in_supplier_location_dto",
    "VatZoneQueryParameters": ".vat_zone_query_parameters",
    "VisibilityDto": ".visibility_dto",
    "VisibilityInProjectBasicDto": ".visibility_in_project_basic_dto",
    "VisibilityInProjectDto": ".visibility_in_project_dto",
    "VisibilityInTaskExtendedDto": ".visibility_in_task_extended_dto",
    "VisibilityUpdateDto": ".visibility_update_dto",
    "VoidPaymentActionDto": ".void_payment_action_dto",
    "VoidPaymentActionDtoType": ".void_payment_action_dto_type",
    "VoidPaymentActionResultDto": ".void_payment_action_result_dto",
    "VoidPaymentActionResultDtoActionResult": ".void_payment_action_result_dto_action_result",
    "VoidPaymentActionResultDtoType": ".void_payment_action_result_dto_type",
    "VolumeUOMInPackagingUpdateDto": ".volume_uom_in_packaging_update_dto",
    "WarehouseAddressDto": ".warehouse_address_dto",
    "WarehouseContactDto": ".warehouse_contact_dto",
    "WarehouseDetailDto": ".warehouse_detail_dto",
    "WarehouseDto": ".warehouse_dto",
    "WarehouseDtoAvgDefaultCost": ".warehouse_dto_avg_default_cost",
    "WarehouseDtoFifoDefaultCost": ".warehouse_dto_fifo_default_cost",
    "WarehouseDtoLocationEntry": ".warehouse_dto_location_entry",
    "WarehouseIdDescriptionDto": ".warehouse_id_description_dto",
    "WarehouseIdInPurchaseReceiptLineBasicUpdateDto": ".warehouse_id_in_purchase_receipt_line_basic_update_dto",
    "WarehouseIdInPurchaseReceiptLineUpdateDto": ".warehouse_id_in_purchase_receipt_line_update_dto",
    "WarehouseInInventoryAdjustmentLineDto": ".warehouse_in_inventory_adjustment_line_dto",
    "WarehouseInInventoryIssueLineDto": ".warehouse_in_inventory_issue_line_dto",
    "WarehouseInInventoryReceiptLineDto": ".warehouse_in_inventory_receipt_line_dto",
    "WarehouseInInventorySummaryDto": ".warehouse_in_inventory_summary_dto",
    "WarehouseInInventoryTransferDto": ".warehouse_in_inventory_transfer_dto",
    "WarehouseInPurchaseOrderDto": ".warehouse_in_purchase_order_dto",
    "WarehouseInPurchaseOrderLineDto": ".warehouse_in_purchase_order_line_dto",
    "WarehouseInPurchaseReceiptBasicDto": ".warehouse_in_purchase_receipt_basic_dto",
    "WarehouseInPurchaseReceiptDto": ".warehouse_in_purchase_receipt_dto",
    "WarehouseInPurchaseReceiptLineDto": ".warehouse_in_purchase_receipt_line_dto",
    "WarehouseInShipmentDetailLineDto": ".warehouse_in_shipment_detail_line_dto",
    "WarehouseInStocktakeLineDto": ".warehouse_in_stocktake_line_dto",
    "WarehouseInStocktakeLineV2Dto": ".warehouse_in_stocktake_line_v2_dto",
    "WarehouseLocationDto": ".warehouse_location_dto",
    "WarehouseLocationDtoPrimaryItemValid": ".warehouse_location_dto_primary_item_valid",
    "WarehouseLocationUpdateDto": ".warehouse_location_update_dto",
    "WarehousePostBywarehouseIdResponse200": ".warehouse_post_bywarehouse_id_response_200",
    "WarehousePutBywarehouseIDlocationIdResponse200": ".warehouse_put_bywarehouse_i_dlocation_id_response_200",
    "WarehouseQueryParameters": ".warehouse_query_parameters",
    "WebhookNotificationFeedbackDto": ".webhook_notification_feedback_dto",
    "WebhookNotificationFeedbackPostResponse201": ".webhook_notification_feedback_post_response_201",
    "WedInTimeCardMaterialsUpdateDto": ".wed_in_time_card_materials_update_dto",
    "WedInTimeCardSummaryUpdateDto": ".wed_in_time_card_summary_update_dto",
    "WeekInTimeCardDto": ".week_in_time_card_dto",
    "WeekNumberDescriptionDto": ".week_number_description_dto",
    "WeightUOMInPackagingUpdateDto": ".weight_uom_in_packaging_update_dto",
    "WithoutWithVatDto": ".without_with_vat_dto",
    "WorkTypeDto": ".work_type_dto",
    "WorkTypeDtoRutRotType": ".work_type_dto_rut_rot_type",
    "WriteOffReasonCodeInPaymentLineDto": ".write_off_reason_code_in_payment_line_dto",
}

__all__ = (
    "ARSPCommnHistoryDto",
    "AccountDescriptionDto",
    "AccountDescriptionInPurchaseReceiptLineBasicUpdateDto",
    "AccountDescriptionInPurchaseReceiptLineUpdateDto",
    "AccountDto",
    "AccountDtoType",
    "AccountGroupDto",
    "AccountGroupInProjectTransactionLineDto",
    "AccountIdInPurchaseReceiptLineBasicUpdateDto",
    "AccountIdInPurchaseReceiptLineUpdateDto",
    "AccountInBudgetDto",
    "AccountInBudgetDtoType",
    "AccountInCashSaleDto",
    "AccountInCashSaleDtoType",
    "AccountInCashSaleLineDto",
    "AccountInCashSaleLineDtoType",
    "AccountInCreditNoteDto",
    "AccountInCreditNoteDtoType",
    "AccountInCreditNoteLineDto",
    "AccountInCreditNoteLineDtoType",
    "AccountInCustomerCreditNoteDto",
    "AccountInCustomerCreditNoteDtoType",
    "AccountInCustomerCreditNoteLineDto",
    "AccountInCustomerCreditNoteLineDtoType",
    "AccountInCustomerCreditWriteOffDto",
    "AccountInCustomerCreditWriteOffDtoType",
    "AccountInCustomerDebitNoteDto",
    "AccountInCustomerDebitNoteDtoType",
    "AccountInCustomerDebitNoteLineDto",
    "AccountInCustomerDebitNoteLineDtoType",
    "AccountInCustomerDocumentDto",
    "AccountInCustomerDocumentDtoType",
    "AccountInCustomerInvoiceDto",
    "AccountInCustomerInvoiceDtoType",
    "AccountInCustomerInvoiceLineDto",
    "AccountInCustomerInvoiceLineDtoType",
    "AccountInCustomerOverdueChargeDto",
    "AccountInCustomerOverdueChargeDtoType",
    "AccountInCustomerOverdueChargeLineDto",
    "AccountInCustomerOverdueChargeLineDtoType",
    "AccountInGeneralLedgerTransactionDetailsDto",
    "AccountInGeneralLedgerTransactionDetailsDtoType",
    "AccountInPurchaseOrderLineDto",
    "AccountInPurchaseReceiptLineDto",
    "AccountInSupplierDocumentDto",
    "AccountInSupplierDocumentDtoType",
    "AccountInSupplierInvoiceLineDto",
    "AccountInSupplierInvoiceLineDtoType",
    "AccountInformationInInventoryDto",
    "AccountNumberDescriptionDto",
    "AccountNumberDescriptionDtoType",
    "AccountNumberDto",
    "AccountNumberDtoType",
    "AccountNumberInPrebookingUpdateDto",
    "AccountNumberTypeDescriptionDto",
    "AccountPostResponse201",
    "AccountPutByaccountCdResponse204",
    "AccountQueryParameters",
    "AccountUpdateDto",
    "AccountsInFixedAssetClassDto",
    "AccountsInFixedAssetDto",
    "AccountsInFixedAssetTransactionDto",
    "ActiveInWarehouseLocationUpdateDto",
    "ActiveMultilanguageDto",
    "ActualAccountIdInPurchaseReceiptLineBasicUpdateDto",
    "ActualAccountIdInPurchaseReceiptLineUpdateDto",
    "ActualAccountInPurchaseReceiptLineDto",
    "ActualSubInPurchaseReceiptLineDto",
    "AddOrderLinesToPurchaseReceiptActionResultDto",
    "AddOrderLinesToPurchaseReceiptActionResultDtoActionResult",
    "AddOrdersToPurchaseReceiptActionResultDto",
    "AddOrdersToPurchaseReceiptActionResultDtoActionResult",
    "AddPOReceiptLineDto",
    "AddPurchaseOrderDto",
    "AddressDto",
    "AddressInContactDto",
    "AddressInEmployeeDto",
    "AddressInEmployeeUpdateDto",
    "AddressInLocationDto",
    "AddressInSupplierLocationDto",
    "AddressInWarehouseDto",
    "AddressUpdateDto",
    "AllocationRuleIdDescriptionDto",
    "AllocationRuleInProjectDto",
    "AllocationsBasicDto",
    "AllocationsDto",
    "AllocationsUpdateBasicDto",
    "AllocationsUpdateBasicDtoOperation",
    "AllocationsUpdateDto",
    "AllocationsUpdateDtoOperation",
    "AlternateTypeInInventoryCrossReferenceUpdateDto",
    "AlternateTypeInInventoryCrossReferenceUpdateDtoValue",
    "AmountInPurchaseReceiptLineBasicUpdateDto",
    "AmountInPurchaseReceiptLineUpdateDto",
    "AmountInSupplierInvoiceLandedCostUpdateDto",
    "AnalisysCodeInfoInAccountDto",
    "ApplicationDateInPaymentUpdateDto",
    "ApplicationPeriodInPaymentUpdateDto",
    "ApprovalDetailsDto",
    "ApprovalDetailsInSupplierInvoiceDto",
    "ApprovalDetailsUpdateDto",
    "ArAdjustDto",
    "AssemblyValidInWarehouseLocationUpdateDto",
    "AttachmentDto",
    "AttachmentGetByattachmentIdResponse200",
    "AttachmentMetadataUpdateDto",
    "AttachmentMetadataUpdateDtoSendToAutoinvoice",
    "AttachmentPutByattachmentIdResponse204",
    "AttributeDeleteByattributeIdResponse204",
    "AttributeDetailDto",
    "AttributeDetailUpdateDto",
    "AttributeDetailUpdateDtoOperation",
    "AttributeDto",
    "AttributeDtoControlType",
    "AttributeIdInAttributeLineUpdateDto",
    "AttributeIdValueDto",
    "AttributeLineUpdateDto",
    "AttributePostResponse201",
    "AttributePutByattributeIdResponse204",
    "AttributeQueryParameters",
    "AttributeUpdateDto",
    "BAccountDescriptionDto",
    "BAccountInInventoryCrossReferenceDto",
    "BaccountIdInLocationUpdateDto",
    "BaccountIdInSupplierLocationUpdateDto",
    "BaccountInLocationDto",
    "BaccountInSupplierLocationDto",
    "BackgroundApiAcceptedDto",
    "BackgroundGetBackgroundApiOperationContentByrequestIdResponse200",
    "BackgroundRequestStateDto",
    "BackgroundRequestStateDtoResponseHeaders",
    "BankAddress1InBankSettingsUpdateDto",
    "BankAddress2InBankSettingsUpdateDto",
    "BankAddress3InBankSettingsUpdateDto",
    "BankCountryInBankSettingsUpdateDto",
    "BankNameInBankSettingsUpdateDto",
    "BankSettingsDto",
    "BankSettingsInBranchDto",
    "BankSettingsInExtendedOrganizationDto",
    "BankSettingsUpdateDto",
    "BarCodeDto",
    "BaseItemVolumeInPackagingUpdateDto",
    "BaseItemWeightInPackagingUpdateDto",
    "BasePaginationDtoOfCreditTermDto",
    "BasePaginationDtoOfDiscountCodeDto",
    "BasePaginationDtoOfDiscountDto",
    "BasePaginationDtoOfKitAssemblyDto",
    "BasePaginationDtoOfKitSpecificationDto",
    "BasePaginationDtoOfSalesPersonDto",
    "BbaN2InBankSettingsUpdateDto",
    "BbaN3InBankSettingsUpdateDto",
    "BbanInBankSettingsUpdateDto",
    "BicInBankSettingsUpdateDto",
    "BillingRuleIdDescriptionDto",
    "BillingRuleInProjectDto",
    "BookBalanceDto",
    "BookBalanceInFixedAssetDto",
    "BookDto",
    "BookInBookBalanceDto",
    "BookSettingsInFixedAssetClassDto",
    "BranchByIdQueryParameters",
    "BranchCurrencyDto",
    "BranchDto",
    "BranchGetAllBranchesOrderBy",
    "BranchIdInPurchaseReceiptLineBasicUpdateDto",
    "BranchIdInPurchaseReceiptLineUpdateDto",
    "BranchInContractUsageLineDto",
    "BranchInCustomerDocumentDto",
    "BranchInExpenseClaimDetailDto",
    "BranchInExpenseClaimDetailUpdateDto",
    "BranchInExpenseReceiptDto",
    "BranchInFinancialsDetailDto",
    "BranchInGeneralLedgerTransactionDetailsDto",
    "BranchInNumberingSequenceDto",
    "BranchInProjectDto",
    "BranchInProjectTransactionLineDto",
    "BranchInProjectUpdateDto",
    "BranchInPurchaseOrderBasicDto",
    "BranchInPurchaseOrderDto",
    "BranchInPurchaseOrderLineDto",
    "BranchInPurchaseReceiptLineDto",
    "BranchInSupplierDocumentDto",
    "BranchInSupplierInvoiceLineUpdateDto",
    "BranchInTaskDto",
    "BranchInTaskExtendedDto",
    "BranchInTransactionDetailDto",
    "BranchInWarehouseDto",
    "BranchNumberDto",
    "BranchNumberInBudgetDto",
    "BranchNumberInCashSaleDto",
    "BranchNumberInCashSaleLineDto",
    "BranchNumberInCreditNoteDto",
    "BranchNumberInCreditNoteLineDto",
    "BranchNumberInCustomerCreditNoteDto",
    "BranchNumberInCustomerCreditNoteLineDto",
    "BranchNumberInCustomerCreditWriteOffDto",
    "BranchNumberInCustomerDebitNoteDto",
    "BranchNumberInCustomerDebitNoteLineDto",
    "BranchNumberInCustomerDocumentDto",
    "BranchNumberInCustomerInvoiceDto",
    "BranchNumberInCustomerInvoiceLineDto",
    "BranchNumberInCustomerOverdueChargeDto",
    "BranchNumberInCustomerOverdueChargeLineDto",
    "BranchNumberInInventoryAdjustmentDto",
    "BranchNumberInInventoryAdjustmentUpdateDto",
    "BranchNumberInInventoryIssueDto",
    "BranchNumberInInventoryIssueUpdateDto",
    "BranchNumberInInventoryReceiptDto",
    "BranchNumberInInventoryReceiptUpdateDto",
    "BranchNumberInInventoryTransferDto",
    "BranchNumberInInventoryTransferUpdateDto",
    "BranchNumberInPurchaseReceiptBasicDto",
    "BranchNumberInPurchaseReceiptDto",
    "BranchNumberInPurchaseReceiptLineBasicUpdateDto",
    "BranchNumberInPurchaseReceiptLineDto",
    "BranchNumberInPurchaseReceiptLineUpdateDto",
    "BranchNumberInSalesOrderBasicDto",
    "BranchNumberInSalesOrderDto",
    "BranchNumberInSupplierInvoiceLineDto",
    "BranchPutBankSettingsForBranchBybranchNumberResponse204",
    "BranchQueryParameters",
    "BranchQueryParametersOrderBy",
    "BudgetCreateBudgetResponse201",
    "BudgetDto",
    "BudgetPutResponse204",
    "BudgetUpdateDto",
    "BusinessAccountInEntryTypeDto",
    "BusinessAccountInEntryTypeDtoType",
    "CN8InIntrastatUpdateDto",
    "CancelSalesOrderActionDto",
    "CancelSalesOrderActionResultDto",
    "CancelSalesOrderActionResultDtoActionResult",
    "CarrierDescriptionDto",
    "CarrierDto",
    "CarrierQueryParameters",
    "CaseCountItemInCustomerContractSummaryDto",
    "CashAccountDto",
    "CashAccountIdDescriptionDto",
    "CashAccountInCashTransactionDto",
    "CashAccountInCustomerPaymentMethodDto",
    "CashAccountInPaymentUpdateDto",
    "CashAccountQueryParameters",
    "CashSaleDto",
    "CashSaleDtoDocumentType",
    "CashSaleDtoStatus",
    "CashSaleGetAllCashSalesDocumentType",
    "CashSaleGetAllCashSalesStatus",
    "CashSaleLineDto",
    "CashSaleLinesUpdateDto",
    "CashSaleLinesUpdateDtoOperation",
    "CashSalePostResponse201",
    "CashSalePutBydocumentNumberResponse204",
    "CashSaleUpdateDto",
    "CashTranTaxDetailDto",
    "CashTranTaxDetailDtoTaxType",
    "CashTransactionCreateCashTransactionResponse201",
    "CashTransactionDetailUpdateDto",
    "CashTransactionDetailUpdateDtoOperation",
    "CashTransactionDto",
    "CashTransactionDtoDisbReceipt",
    "CashTransactionDtoStatus",
    "CashTransactionDtoTranType",
    "CashTransactionPutByreferenceNbrResponse204",
    "CashTransactionQueryParameters",
    "CashTransactionTaxDetailUpdateDto",
    "CashTransactionUpdateDto",
    "ChangeCustomerCdActionDto",
    "ChangeCustomerCdActionResultDto",
    "ChangeCustomerCdActionResultDtoActionResult",
    "ChangeEmployeeNrActionDto",
    "ChangeEmployeeNrActionResultDto",
    "ChangeEmployeeNrActionResultDtoActionResult",
    "ChangeInventoryNbrActionDto",
    "ChangeInventoryNbrActionResultDto",
    "ChangeInventoryNbrActionResultDtoActionResult",
    "ChangeProjectIdActionDto",
    "ChangeProjectIdActionResultDto",
    "ChangeProjectIdActionResultDtoActionResult",
    "ChildRecordDto",
    "ClaimDetailIdInExpenseClaimDetailUpdateDto",
    "ClaimedByInExpenseClaimDto",
    "ClaimedByInExpenseClaimUpdateDto",
    "ClaimedByInExpenseReceiptDto",
    "ClaimedByInExpenseReceiptDtoStatus",
    "ClassAttributeDetailDto",
    "ClassAttributeDto",
    "ClassAttributeDtoAttributeType",
    "ClassDescriptionDto",
    "CogsAccountInInventoryAccountInformationDto",
    "CogsAccountInInventoryUpdateDto",
    "CogsSubaccountInInventoryAccountInformationDto",
    "CompanyTreeInfoDto",
    "CompanyTreeInfoDtoOperation",
    "CompletePoLineInPurchaseReceiptLineBasicUpdateDto",
    "CompletePoLineInPurchaseReceiptLineUpdateDto",
    "ConfirmShipmentActionResultDto",
    "ConfirmShipmentActionResultDtoActionResult",
    "ConsolBranchDto",
    "ConsolBranchInLedgerDto",
    "ContactCreateContactResponse201",
    "ContactDto",
    "ContactDtoContactMethod",
    "ContactDtoTitle",
    "ContactIdNameDto",
    "ContactInCustomerCreditNoteDto",
    "ContactInCustomerDebitNoteDto",
    "ContactInCustomerInvoiceDto",
    "ContactInCustomerOverdueChargeDto",
    "ContactInEmployeeDto",
    "ContactInEmployeeDtoTitle",
    "ContactInEmployeeUpdateDto",
    "ContactInLocationDto",
    "ContactInSupplierLocationDto",
    "ContactInWarehouseDto",
    "ContactInfoDto",
    "ContactInfoUpdateDto",
    "ContactPutBycontactIdResponse204",
    "ContactQueryParameters",
    "ContactUpdateDto",
    "ContractIdInCustomerContractUpdateDto",
    "ContractTemplateDto",
    "ContractTemplateIdDescriptionDto",
    "ContractTemplateInCustomerContractDto",
    "ContractTemplateInCustomerContractUpdateDto",
    "ContractTemplateQueryParameters",
    "ContractUsageDto",
    "ContractUsageLineDto",
    "ContractUsageLineUpdateDto",
    "ContractUsageLineUpdateDtoOperation",
    "ContractUsagePutBycontractIdResponse204",
    "ContractUsageQueryParameters",
    "ContractUsageUpdateDto",
    "ControlAmountInInventoryIssueUpdateDto",
    "ControlCostInInventoryAdjustmentUpdateDto",
    "ControlCostInInventoryReceiptUpdateDto",
    "ControlQuantityInInventoryAdjustmentUpdateDto",
    "ControlQuantityInInventoryIssueUpdateDto",
    "ControlQuantityInInventoryReceiptUpdateDto",
    "ControlQuantityInInventoryTransferUpdateDto",
    "CorrectArDocumentActionResultDto",
    "CorrectArDocumentActionResultDtoActionResult",
    "CorrectSupplierInvoiceActionResultDto",
    "CorrectSupplierInvoiceActionResultDtoActionResult",
    "CostPriceStatisticsDto",
    "CostPriceStatisticsInInventoryDto",
    "CountryDto",
    "CountryInAddressDto",
    "CountryInCustomerDocumentAddressDto",
    "CountryInPurchaseOrderAddressDto",
    "CountryInSalesOrderAddressDto",
    "CountryInShipmentAddressDto",
    "CountryInWarehouseAddressDto",
    "CountryOfOriginInIntrastatUpdateDto",
    "CountryQueryParameters",
    "CountyDto",
    "CountyInAddressDto",
    "CountyInCustomerDocumentAddressDto",
    "CountyInPurchaseOrderAddressDto",
    "CountyInSalesOrderAddressDto",
    "CountyInShipmentAddressDto",
    "CountyInWarehouseAddressDto",
    "CreateCurrencyRateDto",
    "CreateCurrencyRateTypeDto",
    "CreateDunningLetterActionDto",
    "CreateDunningLetterActionResultDto",
    "CreateDunningLetterActionResultDtoActionResult",
    "CreatePurchaseOrderActionDto",
    "CreateShipmentActionDto",
    "CreateShipmentActionResultDto",
    "CreateShipmentActionResultDtoActionResult",
    "CreditAccountGroupInProjectTransactionLineDto",
    "CreditAccountInProjectTransactionLineDto",
    "CreditAccountInProjectTransactionLineDtoType",
    "CreditNoteCreateCreditNoteResponse201",
    "CreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201",
    "CreditNoteCreateLineAttachmentBycreditNoteNumberlineNumberResponse201",
    "CreditNoteDto",
    "CreditNoteDtoDocumentType",
    "CreditNoteDtoStatus",
    "CreditNoteGetAllCreditNotesDtoDocumentType",
    "CreditNoteGetAllCreditNotesDtoStatus",
    "CreditNoteLineDto",
    "CreditNoteLineUpdateDto",
    "CreditNoteLineUpdateDtoOperation",
    "CreditNotePutBycreditNoteNumberResponse204",
    "CreditNoteUpdateDto",
    "CreditSubaccountInProjectTransactionLineDto",
    "CreditTermDto",
    "CreditTermQueryParameters",
    "CreditTermsDto",
    "CreditTermsInCashSaleDto",
    "CreditTermsInCustomerCreditNoteDto",
    "CreditTermsInCustomerDebitNoteDto",
    "CreditTermsInCustomerDto",
    "CreditTermsInCustomerInvoiceDto",
    "CreditTermsInCustomerOverdueChargeDto",
    "CreditTermsInSupplierDto",
    "CreditTermsInSupplierInvoiceDto",
    "CreditorIdInBankSettingsUpdateDto",
    "CurrencyDto",
    "CurrencyIdDescriptionDto",
    "CurrencyInBranchDto",
    "CurrencyInExpenseReceiptDto",
    "CurrencyInExtendedOrganizationDto",
    "CurrencyInPaymentUpdateDto",
    "CurrencyInSupplierPaymentDto",
    "CurrencyRateDto",
    "CurrencyRateParameters",
    "CurrencyRatePostCurrencyRateResponse200",
    "CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200",
    "CurrencyRateTypeDto",
    "CurrencyRateTypePostResponse200",
    "CustSalesPeopleDto",
    "CustSalesPeopleQueryParameters",
    "CustSalesPeopleUpdateDto",
    "CustSalesPeopleUpdateDtoOperation",
    "CustSalesPersonsDto",
    "CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto",
    "CustomDateTimeUTC1InPurchaseOrderLineUpdateDto",
    "CustomDateTimeUTC1InPurchaseOrderUpdateDto",
    "CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto",
    "CustomDateTimeUTC1InPurchaseReceiptLineBasicUpdateDto",
    "CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto",
    "CustomDateTimeUTC1InPurchaseReceiptUpdateDto",
    "CustomDateTimeUTC1InShipmentCreateDto",
    "CustomDateTimeUTC1InShipmentDetailLineAddDto",
    "CustomDateTimeUTC1InShipmentDetailLineUpdateDto",
    "CustomDateTimeUTC1InShipmentUpdateDto",
    "CustomDec1InPurchaseOrderBasicUpdateDto",
    "CustomDec1InPurchaseOrderLineUpdateDto",
    "CustomDec1InPurchaseOrderUpdateDto",
    "CustomDec1InPurchaseReceiptBasicUpdateDto",
    "CustomDec1InPurchaseReceiptLineBasicUpdateDto",
    "CustomDec1InPurchaseReceiptLineUpdateDto",
    "CustomDec1InPurchaseReceiptUpdateDto",
    "CustomDec1InShipmentCreateDto",
    "CustomDec1InShipmentDetailLineAddDto",
    "CustomDec1InShipmentDetailLineUpdateDto",
    "CustomDec1InShipmentUpdateDto",
    "CustomDec2InPurchaseOrderBasicUpdateDto",
    "CustomDec2InPurchaseOrderLineUpdateDto",
    "CustomDec2InPurchaseOrderUpdateDto",
    "CustomDec2InPurchaseReceiptBasicUpdateDto",
    "CustomDec2InPurchaseReceiptLineBasicUpdateDto",
    "CustomDec2InPurchaseReceiptLineUpdateDto",
    "CustomDec2InPurchaseReceiptUpdateDto",
    "CustomDec2InShipmentCreateDto",
    "CustomDec2InShipmentDetailLineAddDto",
    "CustomDec2InShipmentDetailLineUpdateDto",
    "CustomDec2InShipmentUpdateDto",
    "CustomInt1InPurchaseOrderBasicUpdateDto",
    "CustomInt1InPurchaseOrderLineUpdateDto",
    "CustomInt1InPurchaseOrderUpdateDto",
    "CustomInt1InPurchaseReceiptBasicUpdateDto",
    "CustomInt1InPurchaseReceiptLineBasicUpdateDto",
    "CustomInt1InPurchaseReceiptLineUpdateDto",
    "CustomInt1InPurchaseReceiptUpdateDto",
    "CustomInt1InShipmentCreateDto",
    "CustomInt1InShipmentDetailLineAddDto",
    "CustomInt1InShipmentDetailLineUpdateDto",
    "CustomInt1InShipmentUpdateDto",
    "CustomInt2InPurchaseOrderBasicUpdateDto",
    "CustomInt2InPurchaseOrderLineUpdateDto",
    "CustomInt2InPurchaseOrderUpdateDto",
    "CustomInt2InPurchaseReceiptBasicUpdateDto",
    "CustomInt2InPurchaseReceiptLineBasicUpdateDto",
    "CustomInt2InPurchaseReceiptLineUpdateDto",
    "CustomInt2InPurchaseReceiptUpdateDto",
    "CustomInt2InShipmentCreateDto",
    "CustomInt2InShipmentDetailLineAddDto",
    "CustomInt2InShipmentDetailLineUpdateDto",
    "CustomInt2InShipmentUpdateDto",
    "CustomStr1InPurchaseOrderBasicUpdateDto",
    "CustomStr1InPurchaseOrderLineUpdateDto",
    "CustomStr1InPurchaseOrderUpdateDto",
    "CustomStr1InPurchaseReceiptBasicUpdateDto",
    "CustomStr1InPurchaseReceiptLineBasicUpdateDto",
    "CustomStr1InPurchaseReceiptLineUpdateDto",
    "CustomStr1InPurchaseReceiptUpdateDto",
    "CustomStr1InShipmentCreateDto",
    "CustomStr1InShipmentDetailLineAddDto",
    "CustomStr1InShipmentDetailLineUpdateDto",
    "CustomStr1InShipmentUpdateDto",
    "CustomStr2InPurchaseOrderBasicUpdateDto",
    "CustomStr2InPurchaseOrderLineUpdateDto",
    "CustomStr2InPurchaseOrderUpdateDto",
    "CustomStr2InPurchaseReceiptBasicUpdateDto",
    "CustomStr2InPurchaseReceiptLineBasicUpdateDto",
    "CustomStr2InPurchaseReceiptLineUpdateDto",
    "CustomStr2InPurchaseReceiptUpdateDto",
    "CustomStr2InShipmentCreateDto",
    "CustomStr2InShipmentDetailLineAddDto",
    "CustomStr2InShipmentDetailLineUpdateDto",
    "CustomStr2InShipmentUpdateDto",
    "CustomStr3InPurchaseOrderBasicUpdateDto",
    "CustomStr3InPurchaseOrderLineUpdateDto",
    "CustomStr3InPurchaseOrderUpdateDto",
    "CustomStr3InPurchaseReceiptBasicUpdateDto",
    "CustomStr3InPurchaseReceiptLineBasicUpdateDto",
    "CustomStr3InPurchaseReceiptLineUpdateDto",
    "CustomStr3InPurchaseReceiptUpdateDto",
    "CustomStr3InShipmentCreateDto",
    "CustomStr3InShipmentDetailLineAddDto",
    "CustomStr3InShipmentDetailLineUpdateDto",
    "CustomStr3InShipmentUpdateDto",
    "CustomStr4InPurchaseOrderBasicUpdateDto",
    "CustomStr4InPurchaseOrderLineUpdateDto",
    "CustomStr4InPurchaseOrderUpdateDto",
    "CustomStr4InPurchaseReceiptBasicUpdateDto",
    "CustomStr4InPurchaseReceiptLineBasicUpdateDto",
    "CustomStr4InPurchaseReceiptLineUpdateDto",
    "CustomStr4InPurchaseReceiptUpdateDto",
    "CustomStr4InShipmentCreateDto",
    "CustomStr4InShipmentDetailLineAddDto",
    "CustomStr4InShipmentDetailLineUpdateDto",
    "CustomStr4InShipmentUpdateDto",
    "CustomStr5InPurchaseOrderBasicUpdateDto",
    "CustomStr5InPurchaseOrderLineUpdateDto",
    "CustomStr5InPurchaseOrderUpdateDto",
    "CustomStr5InPurchaseReceiptBasicUpdateDto",
    "CustomStr5InPurchaseReceiptLineBasicUpdateDto",
    "CustomStr5InPurchaseReceiptLineUpdateDto",
    "CustomStr5InPurchaseReceiptUpdateDto",
    "CustomStr5InShipmentCreateDto",
    "CustomStr5InShipmentDetailLineAddDto",
    "CustomStr5InShipmentDetailLineUpdateDto",
    "CustomStr5InShipmentUpdateDto",
    "CustomerBalanceDto",
    "CustomerBalanceQueryParameters",
    "CustomerClassDto",
    "CustomerClassInCustomerDto",
    "CustomerContractActivateContractBycontractIdResponse200",
    "CustomerContractActivateUpgradeBycontractIdResponse200",
    "CustomerContractCreateCustomerContractResponse201",
    "CustomerContractDetailsDto",
    "CustomerContractDetailsLineDto",
    "CustomerContractDetailsLineDtoInvoiceType",
    "CustomerContractDetailsUpdateDto",
    "CustomerContractDetailsUpdateDtoOperation",
    "CustomerContractDto",
    "CustomerContractDtoStatus",
    "CustomerContractGetAllStatus",
    "CustomerContractPutBycontractIdResponse204",
    "CustomerContractQueryParameters",
    "CustomerContractQueryParametersStatus",
    "CustomerContractRecurringSummaryDto",
    "CustomerContractRecurringSummaryLineDto",
    "CustomerContractRecurringSummaryLineDtoInvoiceType",
    "CustomerContractSetupAndActivateContractBycontractIdResponse200",
    "CustomerContractSetupContractBycontractIdResponse200",
    "CustomerContractSummaryDto",
    "CustomerContractSummaryDtoInvoiceTo",
    "CustomerContractSummaryDtoInvoicingPeriod",
    "CustomerContractTerminateContractBycontractIdResponse200",
    "CustomerContractUpdateDto",
    "CustomerContractUpgradeContractBycontractIdResponse200",
    "CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201",
    "CustomerCreditNoteCreateLineAttachmentBycreditNoteNumberlineNumberResponse201",
    "CustomerCreditNoteCreateResponse201",
    "CustomerCreditNoteDeleteBycreditNoteNumberResponse204",
    "CustomerCreditNoteDto",
    "CustomerCreditNoteDtoDocumentType",
    "CustomerCreditNoteDtoStatus",
    "CustomerCreditNoteGetAllDocumentType",
    "CustomerCreditNoteGetAllStatus",
    "CustomerCreditNoteLineDto",
    "CustomerCreditNoteLineDtoItemType",
    "CustomerCreditNoteLineUpdateDto",
    "CustomerCreditNoteLineUpdateDtoOperation",
    "CustomerCreditNotePrintBycreditNoteNumberResponse200",
    "CustomerCreditNoteUpdateBycreditNoteNumberResponse204",
    "CustomerCreditNoteUpdateDto",
    "CustomerCreditNoteV2CreateResponse201",
    "CustomerCreditWriteOffDto",
    "CustomerCreditWriteOffDtoDocumentType",
    "CustomerCreditWriteOffDtoStatus",
    "CustomerCreditWriteOffGetAllDocumentType",
    "CustomerCreditWriteOffGetAllStatus",
    "CustomerDebitNoteCreateHeaderAttachmentBydebitNoteNumberResponse201",
    "CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201",
    "CustomerDebitNoteCreateResponse201",
    "CustomerDebitNoteDto",
    "CustomerDebitNoteDtoDocumentType",
    "CustomerDebitNoteDtoStatus",
    "CustomerDebitNoteGetAllDocumentType",
    "CustomerDebitNoteGetAllStatus",
    "CustomerDebitNoteLineDto",
    "CustomerDebitNoteLineDtoItemType",
    "CustomerDebitNoteLinesUpdateDto",
    "CustomerDebitNoteLinesUpdateDtoOperation",
    "CustomerDebitNotePrintBydebitNoteNumberResponse200",
    "CustomerDebitNoteUpdateBydebitNoteNumberResponse204",
    "CustomerDebitNoteUpdateDto",
    "CustomerDebitNoteV2CreateResponse201",
    "CustomerDefaultPaymentMethodUpdateDto",
    "CustomerDescriptionDto",
    "CustomerDirectDebitDto",
    "CustomerDirectDebitUpdateDto",
    "CustomerDirectDebitUpdateDtoOperation",
    "CustomerDocumentAddressDto",
    "CustomerDocumentContactDto",
    "CustomerDocumentDto",
    "CustomerDocumentDtoDocumentType",
    "CustomerDocumentDtoStatus",
    "CustomerDocumentGetAllDocumentsDocumentType",
    "CustomerDocumentGetAllDocumentsStatus",
    "CustomerDocumentVatZoneDto",
    "CustomerDto",
    "CustomerDtoCreditVerification",
    "CustomerDtoStatementType",
    "CustomerDtoStatus",
    "CustomerGetAllCashSalesForCustomerBycustomerNumberDocumentType",
    "CustomerGetAllCashSalesForCustomerBycustomerNumberStatus",
    "CustomerGetAllDocumentsForCustomerBycustomerNumberDocumentType",
    "CustomerGetAllDocumentsForCustomerBycustomerNumberStatus",
    "CustomerGetAllInvoicesForCustomerBycustomerNumberDocumentType",
    "CustomerGetAllInvoicesForCustomerBycustomerNumberStatus",
    "CustomerGetAllOrderForCustomerBycustomerCdStatus",
    "CustomerGetAllSalesOrderBasicForCustomerBycustomerCdStatus",
    "CustomerGetAllStatus",
    "CustomerGlAccountsDto",
    "CustomerGlAccountsUpdateDto",
    "CustomerIdNameDto",
    "CustomerInCashSaleDto",
    "CustomerInCreditNoteDto",
    "CustomerInCustomerContractDto",
    "CustomerInCustomerContractUpdateDto",
    "CustomerInCustomerCreditNoteDto",
    "CustomerInCustomerCreditWriteOffDto",
    "CustomerInCustomerDebitNoteDto",
    "CustomerInCustomerDocumentDto",
    "CustomerInCustomerInvoiceDto",
    "CustomerInCustomerOverdueChargeDto",
    "CustomerInCustomerPaymentMethodDto",
    "CustomerInExpenseClaimDetailDto",
    "CustomerInExpenseClaimDetailUpdateDto",
    "CustomerInExpenseClaimDto",
    "CustomerInExpenseClaimUpdateDto",
    "CustomerInExpenseReceiptDto",
    "CustomerInPaymentDto",
    "CustomerInPaymentUpdateDto",
    "CustomerInProjectBasicDto",
    "CustomerInProjectDto",
    "CustomerInSalesOrderBasicDto",
    "CustomerInSalesOrderBasicUpdateDto",
    "CustomerInSalesOrderDto",
    "CustomerInSalesOrderUpdateDto",
    "CustomerInShipmentDto",
    "CustomerInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201",
    "CustomerInvoiceCreateLineAttachmentByinvoiceNumberlineNumberResponse201",
    "CustomerInvoiceCreateResponse201",
    "CustomerInvoiceDeleteByinvoiceNumberResponse204",
    "CustomerInvoiceDto",
    "CustomerInvoiceDtoDocumentType",
    "CustomerInvoiceDtoStatus",
    "CustomerInvoiceGetAllDocumentType",
    "CustomerInvoiceGetAllStatus",
    "CustomerInvoiceLineDto",
    "CustomerInvoiceLineDtoItemType",
    "CustomerInvoiceLinesUpdateDto",
    "CustomerInvoiceLinesUpdateDtoOperation",
    "CustomerInvoicePrintInvoiceByrefNbrResponse200",
    "CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200",
    "CustomerInvoiceUpdateByinvoiceNumberResponse204",
    "CustomerInvoiceUpdateDto",
    "CustomerInvoiceV2CreateResponse201",
    "CustomerLocationInProjectDto",
    "CustomerNumberDto",
    "CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201",
    "CustomerOverdueChargeCreateLineAttachmentByoverdueChargeNumberlineNumberResponse201",
    "CustomerOverdueChargeDto",
    "CustomerOverdueChargeDtoDocumentType",
    "CustomerOverdueChargeDtoStatus",
    "CustomerOverdueChargeGetAllDocumentType",
    "CustomerOverdueChargeGetAllStatus",
    "CustomerOverdueChargeLineDto",
    "CustomerOverdueChargeLineUpdateDto",
    "CustomerOverdueChargeLineUpdateDtoOperation",
    "CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204",
    "CustomerOverdueChargeUpdateDto",
    "CustomerPaymentCreatePaymentResponse201",
    "CustomerPaymentGetAllPaymentsPaymentType",
    "CustomerPaymentGetAllPaymentsStatus",
    "CustomerPaymentMethodCreateCustomerPaymentMethodResponse201",
    "CustomerPaymentMethodCreateDto",
    "CustomerPaymentMethodDetailDto",
    "CustomerPaymentMethodDetailUpdateDto",
    "CustomerPaymentMethodDto",
    "CustomerPaymentMethodInfoDto",
    "CustomerPaymentMethodQueryParameters",
    "CustomerPaymentMethodUpdateCustomerPaymentMethodBycustomerIdcustomerPaymentMethodIdResponse204",
    "CustomerPaymentMethodUpdateDto",
    "CustomerPaymentMethodsDto",
    "CustomerPaymentPutBypaymentNumberResponse204",
    "CustomerPostResponse201",
    "CustomerPutBycustomerCdResponse204",
    "CustomerPutByinternalIdResponse204",
    "CustomerQueryParameters",
    "CustomerQueryParametersStatus",
    "CustomerSalesPriceDto",
    "CustomerSalesPriceDtoPriceType",
    "CustomerSalesPriceGetCustomerSalesPricesPriceType",
    "CustomerSalesPriceQueryParameters",
    "CustomerSalesPriceQueryParametersPriceType",
    "CustomerUpdateDto",
    "CustomerVATZoneInSalesOrderDto",
    "CustomerVatZoneInCustomerCreditNoteDto",
    "CustomerVatZoneInCustomerCreditWriteOffDto",
    "CustomerVatZoneInCustomerDebitNoteDto",
    "CustomerVatZoneInCustomerInvoiceDto",
    "CustomerVatZoneInCustomerOverdueChargeDto",
    "CustomerVendorInProjectTransactionLineDto",
    "DateInExpenseClaimDetailUpdateDto",
    "DateInExpenseClaimUpdateDto",
    "DateInInventoryAdjustmentUpdateDto",
    "DateInInventoryIssueUpdateDto",
    "DateInInventoryReceiptUpdateDto",
    "DateInInventoryTransferUpdateDto",
    "DaysEffectiveInCreateCurrencyRateTypeDto",
    "DebitAccountGroupInProjectTransactionLineDto",
    "DebitAccountInProjectTransactionLineDto",
    "DebitAccountInProjectTransactionLineDtoType",
    "DebitSubaccountInProjectTransactionLineDto",
    "DebtCollectionDto",
    "DebtCollectionInCustomerInvoiceDto",
    "DefAccountInProjectDto",
    "DefAccountInTaskExtendedDto",
    "DefAccrualAccountInProjectDto",
    "DefAccrualAccountInTaskExtendedDto",
    "DefAccrualSubInProjectDto",
    "DefAccrualSubInTaskExtendedDto",
    "DefSubInProjectDto",
    "DefSubInTaskExtendedDto",
    "DefaultCountryInBranchDto",
    "DefaultCountryInExtendedOrganizationDto",
    "DefaultIssueFromDto",
    "DefaultIssueFromInInventoryDto",
    "DefaultIssueFromInInventoryUpdateDto",
    "DefaultNonStockItemInVatInformationDto",
    "DefaultOffsetAccountBranchInEntryTypeDto",
    "DefaultOffsetAccountInEntryTypeDto",
    "DefaultOffsetAccountInEntryTypeDtoType",
    "DefaultOffsetSubaccountInEntryTypeDto",
    "DefaultPriceInInventoryUpdateDto",
    "DefaultReceiptToDto",
    "DefaultReceiptToInInventoryDto",
    "DefaultReceiptToInInventoryUpdateDto",
    "DefaultWarehouseDto",
    "DefaultWarehouseInInventoryDto",
    "DefaultWarehouseInInventoryUpdateDto",
    "DeferralAccountInDeferralCodeDto",
    "DeferralCodeDto",
    "DeferralCodeDtoCodeType",
    "DeferralCodeDtoRecognitionMethod",
    "DeferralCodeQueryParameters",
    "DeferralSubInDeferralCodeDto",
    "DeliveryAddressInBranchDto",
    "DeliveryAddressInCustomerDto",
    "DeliveryAddressInExtendedOrganizationDto",
    "DeliveryAddressInShipmentDto",
    "DeliveryContactInBranchDto",
    "DeliveryContactInCustomerDto",
    "DeliveryContactInExtendedOrganizationDto",
    "DeliveryContactInShipmentDto",
    "DepartmentCreateDepartmentResponse201",
    "DepartmentDto",
    "DepartmentIdDescriptionDto",
    "DepartmentInEmployeeUpdateDto",
    "DepartmentInExpenseClaimDto",
    "DepartmentQueryParameters",
    "DepartmentUpdateBaseDto",
    "DepartmentUpdateDepartmentBydepartmentIdResponse204",
    "DescriptionInCreateCurrencyRateTypeDto",
    "DescriptionInExpenseClaimDetailUpdateDto",
    "DescriptionInExpenseClaimUpdateDto",
    "DescriptionInInventoryAdjustmentUpdateDto",
    "DescriptionInInventoryIssueUpdateDto",
    "DescriptionInInventoryReceiptUpdateDto",
    "DescriptionInInventoryTransferUpdateDto",
    "DescriptionInProjectUpdateDto",
    "DescriptionInSupplierInvoiceLandedCostUpdateDto",
    "DescriptionInTimeCardMaterialsUpdateDto",
    "DescriptionInTimeCardSummaryUpdateDto",
    "DescriptionInWarehouseLocationUpdateDto",
    "DetailsDto",
    "DetailsDtoPropertyType",
    "DetailsDtoStatus",
    "DetailsInCustomerContractDto",
    "DetailsInFixedAssetDto",
    "DetailsInFixedAssetDtoPropertyType",
    "DetailsInFixedAssetDtoStatus",
    "DimensionQueryParameters",
    "DimensionUpdateSegmentBydimensionIdsegmentIdResponse204",
    "DirectDebitMandateDto",
    "DiscountAmountInPurchaseReceiptLineBasicUpdateDto",
    "DiscountAmountInPurchaseReceiptLineUpdateDto",
    "DiscountBranchDto",
    "DiscountBreakpointDto",
    "DiscountBreakpointUpdateDto",
    "DiscountBreakpointUpdateDtoOperation",
    "DiscountCodeDto",
    "DiscountCodeIdInPurchaseReceiptLineBasicUpdateDto",
    "DiscountCodeIdInPurchaseReceiptLineUpdateDto",
    "DiscountCodeInPurchaseOrderLineDto",
    "DiscountCodeInPurchaseReceiptLineDto",
    "DiscountCodeNumberDescriptionDto",
    "DiscountCodeQueryParameters",
    "DiscountCustomer2Dto",
    "DiscountCustomerPriceClassDto",
    "DiscountDeleteBydiscountCodeseriesResponse200",
    "DiscountDetailDto",
    "DiscountDetailDtoType",
    "DiscountDetailUpdateDto",
    "DiscountDetailUpdateDtoOperation",
    "DiscountDto",
    "DiscountItemDto",
    "DiscountItemPriceClassDto",
    "DiscountPercentInPurchaseReceiptLineBasicUpdateDto",
    "DiscountPercentInPurchaseReceiptLineUpdateDto",
    "DiscountPostResponse200",
    "DiscountPutBydiscountCodeseriesResponse200",
    "DiscountQueryParameters",
    "DiscountUpdateDto",
    "DiscountWarehouseDto",
    "DisposalMethodDto",
    "DisposalMethodInDetailsDto",
    "DocumentQueryParameters",
    "DocumentQueryParametersDocumentType",
    "DocumentQueryParametersStatus",
    "DropShipLocationInWarehouseDto",
    "DtoDimension",
    "DtoSegment",
    "DtoSegmentUpdateDto",
    "DtoSegmentValue",
    "DtoSegmentValueUpdateDtoBase",
    "DtoSegmentValueUpdateDtoBaseOperation",
    "DtoValueOfAccountTypes",
    "DtoValueOfAccountTypesValue",
    "DtoValueOfAccountUsedForPayment",
    "DtoValueOfAccountUsedForPaymentValue",
    "DtoValueOfAddressUpdateDto",
    "DtoValueOfAttributeControlType",
    "DtoValueOfAttributeControlTypeValue",
    "DtoValueOfBoolean",
    "DtoValueOfContactInfoUpdateDto",
    "DtoValueOfContactMethods",
    "DtoValueOfContactMethodsValue",
    "DtoValueOfCreditRule",
    "DtoValueOfCreditRuleValue",
    "DtoValueOfCurrencyMultDiv",
    "DtoValueOfCurrencyMultDivValue",
    "DtoValueOfCustomerDefaultPaymentMethodUpdateDto",
    "DtoValueOfCustomerDocumentTypes",
    "DtoValueOfCustomerDocumentTypesValue",
    "DtoValueOfCustomerGlAccountsUpdateDto",
    "DtoValueOfCustomerStatus",
    "DtoValueOfCustomerStatusValue",
    "DtoValueOfDateTime",
    "DtoValueOfDecimal",
    "DtoValueOfEInvoiceContractUpdateDto",
    "DtoValueOfEmployeeTitles",
    "DtoValueOfEmployeeTitlesValue",
    "DtoValueOfInt16",
    "DtoValueOfInt32",
    "DtoValueOfInt64",
    "DtoValueOfInventoryCrossReferenceAlternateTypes",
    "DtoValueOfInventoryCrossReferenceAlternateTypesValue",
    "DtoValueOfInventoryStatus",
    "DtoValueOfInventoryStatusValue",
    "DtoValueOfInventoryType",
    "DtoValueOfInventoryTypeValue",
    "DtoValueOfNullableOfBillingPeriod",
    "DtoValueOfNullableOfBillingPeriodValue",
    "DtoValueOfNullableOfBoolean",
    "DtoValueOfNullableOfDateTime",
    "DtoValueOfNullableOfDecimal",
    "DtoValueOfNullableOfEmployeeStatus",
    "DtoValueOfNullableOfEmployeeStatusValue",
    "DtoValueOfNullableOfGuid",
    "DtoValueOfNullableOfInt16",
    "DtoValueOfNullableOfInt32",
    "DtoValueOfNullableOfInventoryReplenishmentSources",
    "DtoValueOfNullableOfInventoryReplenishmentSourcesValue",
    "DtoValueOfNullableOfInventoryTransactionType",
    "DtoValueOfNullableOfInventoryTransactionTypeValue",
    "DtoValueOfNullableOfInvoiceToType",
    "DtoValueOfNullableOfInvoiceToTypeValue",
    "DtoValueOfNullableOfJournalTransactionModule",
    "DtoValueOfNullableOfJournalTransactionModuleValue",
    "DtoValueOfNullableOfPOShippingDestinationType",
    "DtoValueOfNullableOfPOShippingDestinationTypeValue",
    "DtoValueOfNullableOfPaymentTypes",
    "DtoValueOfNullableOfPaymentTypesValue",
    "DtoValueOfNullableOfPoLineType",
    "DtoValueOfNullableOfPoLineTypeValue",
    "DtoValueOfNullableOfPrimaryItemValid",
    "DtoValueOfNullableOfPrimaryItemValidValue",
    "DtoValueOfNullableOfProjTaskStatus",
    "DtoValueOfNullableOfProjTaskStatusValue",
    "DtoValueOfNullableOfProjectStatus",
    "DtoValueOfNullableOfProjectStatusValue",
    "DtoValueOfNullableOfProjectTransactionStatus",
    "DtoValueOfNullableOfProjectTransactionStatusValue",
    "DtoValueOfNullableOfPurchaseOrderReceiptAction",
    "DtoValueOfNullableOfPurchaseOrderReceiptActionValue",
    "DtoValueOfNullableOfPurchaseOrderType",
    "DtoValueOfNullableOfPurchaseOrderTypeValue",
    "DtoValueOfNullableOfRutRotItemTypes",
    "DtoValueOfNullableOfRutRotItemTypesValue",
    "DtoValueOfNullableOfRutRotTypes",
    "DtoValueOfNullableOfRutRotTypesValue",
    "DtoValueOfNullableOfSalesOrderOperations",
    "DtoValueOfNullableOfSalesOrderOperationsValue",
    "DtoValueOfNullableOfSalesOrderShipCompleteStatuses",
    "DtoValueOfNullableOfSalesOrderShipCompleteStatusesValue",
    "DtoValueOfNullableOfSalesOrderTypes",
    "DtoValueOfNullableOfSalesOrderTypesValue",
    "DtoValueOfNullableOfShipmentOperations",
    "DtoValueOfNullableOfShipmentOperationsValue",
    "DtoValueOfNullableOfShipmentTypes",
    "DtoValueOfNullableOfShipmentTypesValue",
    "DtoValueOfNullableOfSupplierDocumentType",
    "DtoValueOfNullableOfSupplierDocumentTypeValue",
    "DtoValueOfNullableOfSupplierInvoiceTypes",
    "DtoValueOfNullableOfSupplierInvoiceTypesValue",
    "DtoValueOfNullableOfSupplierPaymentTypes",
    "DtoValueOfNullableOfSupplierPaymentTypesValue",
    "DtoValueOfNullableOfTaxCalcMode",
    "DtoValueOfNullableOfTaxCalcModeValue",
    "DtoValueOfNullableOfTransportationModes",
    "DtoValueOfNullableOfTransportationModesValue",
    "DtoValueOfPaymentBy",
    "DtoValueOfPaymentByValue",
    "DtoValueOfPeppolSchemeUpdateDto",
    "DtoValueOfPurchaseOrderAddressUpdateDto",
    "DtoValueOfPurchaseOrderContactUpdateDto",
    "DtoValueOfPurchaseReceiptType",
    "DtoValueOfPurchaseReceiptTypeValue",
    "DtoValueOfSalesInvoiceAddressUpdateDto",
    "DtoValueOfSalesInvoiceContactUpdateDto",
    "DtoValueOfSalesOrderAddressUpdateDto",
    "DtoValueOfSalesOrderContactUpdateDto",
    "DtoValueOfStatementTypes",
    "DtoValueOfStatementTypesValue",
    "DtoValueOfString",
    "DtoValueOfSupplierChargeBearer",
    "DtoValueOfSupplierChargeBearerValue",
    "DtoValueOfSupplierGlAccountsUpdateDto",
    "DtoValueOfSupplierStatus",
    "DtoValueOfSupplierStatusValue",
    "EInvoiceContractDto",
    "EInvoiceContractInCustomerDto",
    "EInvoiceContractUpdateDto",
    "EarningTypeDto",
    "EarningTypeInProjectTransactionLineDto",
    "EarningTypeInTimeCardSummaryDto",
    "EarningTypeInTimeCardSummaryUpdateDto",
    "EarningTypeQueryParameters",
    "EffectiveDateInCreateCurrencyRateDto",
    "EmployeeClassInEmployeeDto",
    "EmployeeContactDto",
    "EmployeeContactDtoTitle",
    "EmployeeContactUpdateDto",
    "EmployeeCreateDTO",
    "EmployeeCreateEmployeeResponse200",
    "EmployeeDescriptionDto",
    "EmployeeDto",
    "EmployeeDtoStatus",
    "EmployeeGetEmployeeExpenseClaimsByemployeeCdStatus",
    "EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus",
    "EmployeeGetEmployeeTimeCardsByemployeeCdStatus",
    "EmployeeGetEmployeeTimeCardsByemployeeCdType",
    "EmployeeInProjectTransactionLineDto",
    "EmployeeInProjectTransactionLineDtoStatus",
    "EmployeeInTimeCardDto",
    "EmployeeNumberNameDto",
    "EmployeePartInExpenseClaimDetailUpdateDto",
    "EmployeePutByemployeeCdResponse204",
    "EmployeeQueryParameters",
    "EmployeeTimeCardQueryParameters",
    "EmployeeTimeCardQueryParametersStatus",
    "EmployeeTimeCardQueryParametersType",
    "EmployeeUpdateDto",
    "EntryTypeDto",
    "EntryTypeDtoDisableReceipt",
    "EntryTypeDtoTaxCalculationMode",
    "EntryTypeIdDescriptionDto",
    "EntryTypeInCashTransactionDto",
    "ExpenseAccountImportInSupplierGlAccountsDto",
    "ExpenseAccountInDepartmentDto",
    "ExpenseAccountInDepartmentDtoType",
    "ExpenseAccountInExpenseClaimDetailDto",
    "ExpenseAccountInExpenseClaimDetailDtoType",
    "ExpenseAccountInExpenseClaimDetailUpdateDto",
    "ExpenseAccountInExpenseReceiptDto",
    "ExpenseAccountInInventoryAccountInformationDto",
    "ExpenseAccountInInventoryUpdateDto",
    "ExpenseAccountInSupplierGlAccountsDto",
    "ExpenseAccountNonTaxInSupplierGlAccountsDto",
    "ExpenseAccrualAccountInInventoryAccountInformationDto",
    "ExpenseAccrualAccountInInventoryUpdateDto",
    "ExpenseClaimCreateExpenseClaimResponse201",
    "ExpenseClaimDeleteByexpenseClaimNbrResponse204",
    "ExpenseClaimDetailDto",
    "ExpenseClaimDetailDtoApprovalStatus",
    "ExpenseClaimDetailUpdateDto",
    "ExpenseClaimDetailUpdateDtoOperation",
    "ExpenseClaimDto",
    "ExpenseClaimDtoApprovalStatus",
    "ExpenseClaimDtoStatus",
    "ExpenseClaimGetAllStatus",
    "ExpenseClaimInExpenseReceiptDto",
    "ExpenseClaimNumberDescriptionDto",
    "ExpenseClaimPutByexpenseClaimNbrResponse204",
    "ExpenseClaimQueryParameters",
    "ExpenseClaimQueryParametersStatus",
    "ExpenseClaimUpdateDto",
    "ExpenseClaimUpdateDtoCustomerUpdateAnswer",
    "ExpenseEUAccountInSupplierGlAccountsDto",
    "ExpenseEuAccountInInventoryAccountInformationDto",
    "ExpenseImportAccountInInventoryAccountInformationDto",
    "ExpenseItemInExpenseClaimDetailDto",
    "ExpenseItemInExpenseClaimDetailUpdateDto",
    "ExpenseNonTaxableAccountInInventoryAccountInformationDto",
    "ExpenseReceiptCreateAttachmentByreceiptNumberResponse201",
    "ExpenseReceiptDeleteByreceiptNumberResponse204",
    "ExpenseReceiptDto",
    "ExpenseReceiptDtoStatus",
    "ExpenseReceiptGetAllStatus",
    "ExpenseReceiptPostResponse201",
    "ExpenseReceiptPutByreceiptNumberResponse204",
    "ExpenseReceiptQueryParameters",
    "ExpenseReceiptQueryParametersStatus",
    "ExpenseReceiptUpdateDto",
    "ExpenseSubInExpenseReceiptDto",
    "ExpenseSubaccountInDepartmentDto",
    "ExpenseSubaccountInExpenseClaimDetailDto",
    "ExpenseSubaccountInInventoryAccountInformationDto",
    "ExpenseSubaccountInSupplierGlAccountsDto",
    "ExpirationDateInAllocationsUpdateDto",
    "ExpirationDateInPurchaseReceiptLineBasicUpdateDto",
    "ExpirationDateInPurchaseReceiptLineUpdateDto",
    "ExpirationDateInShipmentDetailLineUpdateDto",
    "ExtCostInPurchaseReceiptLineBasicUpdateDto",
    "ExtCostInPurchaseReceiptLineUpdateDto",
    "ExtendedOrganizationDto",
    "ExternalCode1InfoInAccountDto",
    "ExternalCode2InfoInAccountDto",
    "ExternalCodeNumberDescriptionDto",
    "ExternalReferenceInInventoryAdjustmentUpdateDto",
    "ExternalReferenceInInventoryIssueUpdateDto",
    "ExternalReferenceInInventoryReceiptUpdateDto",
    "ExternalReferenceInInventoryTransferUpdateDto",
    "FOBPointDescriptionDto",
    "FinanacialPeriodInCashTransactionUpdateDto",
    "FinancialDetailsInPaymentDto",
    "FinancialPeriodAmountDto",
    "FinancialPeriodAmountUpdateDto",
    "FinancialPeriodAmountUpdateDtoOperation",
    "FinancialPeriodDto",
    "FinancialPeriodInCashSaleUpdateDto",
    "FinancialPeriodInCashTransactionUpdateDto",
    "FinancialPeriodInCreditNoteUpdateDto",
    "FinancialPeriodInCustomerCreditNoteUpdateDto",
    "FinancialPeriodInCustomerDebitNoteUpdateDto",
    "FinancialPeriodInCustomerInvoiceUpdateDto",
    "FinancialPeriodInCustomerOverdueChargeUpdateDto",
    "FinancialPeriodInJournalTransactionUpdateDto",
    "FinancialPeriodInSupplierInvoiceUpdateDto",
    "FinancialPeriodQueryParameters",
    "FinancialsDetailDto",
    "FinancialsDetailDtoTaxCalcMode",
    "FinancialsDetailInCashTransactionDto",
    "FinancialsDetailInCashTransactionDtoTaxCalcMode",
    "FirstTimeStartupDto",
    "FixedAssetAccountsDto",
    "FixedAssetBookSettingsDto",
    "FixedAssetClassDto",
    "FixedAssetClassQueryParameters",
    "FixedAssetDto",
    "FixedAssetGetAllStatus",
    "FixedAssetLocationDto",
    "FixedAssetPropertyTaxDetailsDto",
    "FixedAssetPropertyTaxDto",
    "FixedAssetPropertyTaxQueryParameters",
    "FixedAssetQueryParameters",
    "FixedAssetQueryParametersStatus",
    "FixedAssetRegisterDto",
    "FixedAssetRegisterDtoStatus",
    "FixedAssetTransactionAccountsDto",
    "FixedAssetTransactionDto",
    "FixedAssetTransactionDtoOrigin",
    "FixedAssetTransactionDtoTransactionType",
    "FixedAssetTransactionGetAllStatus",
    "FixedAssetTransactionGetAllTransactionType",
    "FixedAssetTransactionQueryParameters",
    "FixedAssetTransactionQueryParametersStatus",
    "FixedAssetTransactionQueryParametersTransactionType",
    "FobPointInSalesOrderDto",
    "FobPointInShipmentDto",
    "FriInTimeCardMaterialsUpdateDto",
    "FriInTimeCardSummaryUpdateDto",
    "FromCurrencyIdInCreateCurrencyRateDto",
    "FromWarehouseInShipmentDto",
    "GeneralLedgerBalanceDto",
    "GeneralLedgerBalanceDtoBalanceType",
    "GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType",
    "GeneralLedgerBudgetQueryParameters",
    "GeneralLedgerPeriodBalanceQueryParameters",
    "GeneralLedgerPeriodBalanceQueryParametersBalanceType",
    "GeneralLedgerTransactionDetailsDto",
    "GeneralLedgerTransactionsQueryParameters",
    "GlAccountsInCustomerDto",
    "GlAccountsInSupplierDto",
    "GlAccountsInVatInformationDto",
    "GlnInPurchaseOrderBasicUpdateDto",
    "GlnInPurchaseOrderUpdateDto",
    "GlnInSalesOrderBasicUpdateDto",
    "GlnInSalesOrderUpdateDto",
    "HoldInInventoryAdjustmentUpdateDto",
    "HoldInInventoryIssueUpdateDto",
    "HoldInInventoryReceiptUpdateDto",
    "HoldInInventoryTransferUpdateDto",
    "HoldInPaymentUpdateDto",
    "INAllocationsDto",
    "INAllocationsUpdateDto",
    "INAllocationsUpdateDtoOperation",
    "IbanInBankSettingsUpdateDto",
    "IdDescriptionDtoOfString",
    "IdInCreateCurrencyRateTypeDto",
    "ImageInExpenseReceiptDto",
    "InclQtyAvailInWarehouseLocationUpdateDto",
    "IndustryCodeDto",
    "IndustryCodeInBranchDto",
    "IndustryCodeInExtendedOrganizationDto",
    "InstalmentSchedule",
    "IntrastatDto",
    "IntrastatInInventoryDto",
    "IntrastatUpdateDto",
    "InventoryAccountInInventoryAccountInformationDto",
    "InventoryAccountInInventoryUpdateDto",
    "InventoryAccountInformationDto",
    "InventoryAdjustmentDto",
    "InventoryAdjustmentDtoStatus",
    "InventoryAdjustmentGetAllStatus",
    "InventoryAdjustmentLineDto",
    "InventoryAdjustmentLineUpdateDto",
    "InventoryAdjustmentLineUpdateDtoOperation",
    "InventoryAdjustmentPostResponse201",
    "InventoryAdjustmentPutByinventoryAdjustmentNumberResponse204",
    "InventoryAdjustmentUpdateDto",
    "InventoryCreateInventoryAttachmentByinventoryNumberResponse201",
    "InventoryCreateInventoryCrossReferencesByinventoryNumberResponse200",
    "InventoryCrossReferenceDto",
    "InventoryCrossReferenceDtoAlternateType",
    "InventoryCrossReferenceUpdateDto",
    "InventoryDocumentQueryParameters",
    "InventoryDocumentQueryParametersStatus",
    "InventoryDto",
    "InventoryDtoStatus",
    "InventoryDtoType",
    "InventoryGetAllStatus",
    "InventoryIdInProjectTransactionLineDto",
    "InventoryIdInPurchaseReceiptLineBasicUpdateDto",
    "InventoryIdInPurchaseReceiptLineUpdateDto",
    "InventoryIdInSalesOrderBasicLineUpdateDto",
    "InventoryIdInSalesOrderLineUpdateDto",
    "InventoryIdInSupplierInvoiceLandedCostUpdateDto",
    "InventoryIdNameDescriptionDto",
    "InventoryIdNameDto",
    "InventoryInInventorySummaryDto",
    "InventoryInPurchaseOrderLineDto",
    "InventoryInStocktakeLineDto",
    "InventoryInStocktakeLineV2Dto",
    "InventoryIssueDto",
    "InventoryIssueDtoStatus",
    "InventoryIssueGetAllStatus",
    "InventoryIssueLineDto",
    "InventoryIssueLineDtoTransactionType",
    "InventoryIssueLineUpdateDto",
    "InventoryIssueLineUpdateDtoOperation",
    "InventoryIssuePostResponse201",
    "InventoryIssuePutByinventoryIssueNumberResponse204",
    "InventoryIssueUpdateDto",
    "InventoryItemInInventoryAdjustmentLineDto",
    "InventoryItemInInventoryIssueLineDto",
    "InventoryItemInInventoryReceiptLineDto",
    "InventoryItemInInventoryTransferLineDto",
    "InventoryNumberDescriptionDto",
    "InventoryNumberInInventoryUpdateDto",
    "InventoryNumberInSalesOrderBasicLineUpdateDto",
    "InventoryNumberInSalesOrderLineUpdateDto",
    "InventoryPostResponse201",
    "InventoryPutByinventoryIdResponse204",
    "InventoryPutByinventoryNumberResponse204",
    "InventoryQueryParameters",
    "InventoryQueryParametersStatus",
    "InventoryReceiptDto",
    "InventoryReceiptDtoStatus",
    "InventoryReceiptGetAllStatus",
    "InventoryReceiptLineAllocationsUpdateDto",
    "InventoryReceiptLineAllocationsUpdateDtoOperation",
    "InventoryReceiptLineDto",
    "InventoryReceiptLineUpdateDto",
    "InventoryReceiptLineUpdateDtoOperation",
    "InventoryReceiptPostResponse201",
    "InventoryReceiptPutByinventoryReceiptNumberResponse204",
    "InventoryReceiptUpdateDto",
    "InventorySummaryDto",
    "InventorySummaryQueryParameters",
    "InventoryTransferDocumentQueryParameters",
    "InventoryTransferDocumentQueryParametersStatus",
    "InventoryTransferDto",
    "InventoryTransferDtoStatus",
    "InventoryTransferGetAllStatus",
    "InventoryTransferLineDto",
    "InventoryTransferLineUpdateDto",
    "InventoryTransferLineUpdateDtoOperation",
    "InventoryTransferPostResponse201",
    "InventoryTransferPutByinventoryTransferNumberResponse201",
    "InventoryTransferUpdateDto",
    "InventoryUnitDto",
    "InventoryUpdateDto",
    "InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType",
    "InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200",
    "InvoiceAccountInCustomerContractSummaryDto",
    "InvoiceAddressInCashSaleDto",
    "InvoiceAddressInCreditNoteDto",
    "InvoiceAddressInCustomerCreditNoteDto",
    "InvoiceAddressInCustomerDebitNoteDto",
    "InvoiceAddressInCustomerDto",
    "InvoiceAddressInCustomerInvoiceDto",
    "InvoiceAddressInCustomerOverdueChargeDto",
    "InvoiceContactInCashSaleDto",
    "InvoiceContactInCreditNoteDto",
    "InvoiceContactInCustomerCreditNoteDto",
    "InvoiceContactInCustomerDebitNoteDto",
    "InvoiceContactInCustomerDto",
    "InvoiceContactInCustomerInvoiceDto",
    "InvoiceContactInCustomerOverdueChargeDto",
    "InvoiceTextInPaymentUpdateDto",
    "InvoiceableInExpenseClaimDetailUpdateDto",
    "InvoiceableInTimeCardSummaryUpdateDto",
    "IsCostedInWarehouseLocationUpdateDto",
    "ItemClassDto",
    "ItemClassDtoType",
    "ItemClassInInventoryDto",
    "ItemClassInInventoryDtoType",
    "ItemClassInInventoryUpdateDto",
    "ItemIdInTimeCardMaterialsUpdateDto",
    "ItemInContractUsageLineDto",
    "ItemInTransactionDetailDto",
    "ItemTypeInCustomerInvoiceLinesUpdateDto",
    "ItemTypeInCustomerInvoiceLinesUpdateDtoValue",
    "JournalTransactionDto",
    "JournalTransactionDtoModule",
    "JournalTransactionDtoStatus",
    "JournalTransactionLineDto",
    "JournalTransactionLineDtoModule",
    "JournalTransactionLineUpdateDto",
    "JournalTransactionLineUpdateDtoOperation",
    "JournalTransactionQueryV2Parameters",
    "JournalTransactionQueryV2ParametersStatus",
    "JournalTransactionUpdateDto",
    "JournalTransactionV2AddHeaderAttachmentBymodulejournalTransactionNumberResponse201",
    "JournalTransactionV2AddLineAttachmentBymodulejournalTransactionNumberlineNumberResponse201",
    "JournalTransactionV2GetAllJournalTransactionsStatus",
    "JournalTransactionV2PostResponse201",
    "JournalTransactionV2PutByjournalTransactionNumberResponse204",
    "KitAssemblyDeleteBytyperefNoResponse204",
    "KitAssemblyDto",
    "KitAssemblyInsertDto",
    "KitAssemblyLinkInsertDto",
    "KitAssemblyNonStockComponentDto",
    "KitAssemblyNonStockComponentsUpdateDto",
    "KitAssemblyNonStockComponentsUpdateDtoOperation",
    "KitAssemblyPostResponse201",
    "KitAssemblyPutBytyperefNoResponse204",
    "KitAssemblyQueryParameters",
    "KitAssemblyReleaseKitAssemblyBytyperefNoResponse200",
    "KitAssemblyStockComponentAllocationsUpdateDto",
    "KitAssemblyStockComponentAllocationsUpdateDtoOperation",
    "KitAssemblyStockComponentsDto",
    "KitAssemblyStockComponentsUpdateDto",
    "KitAssemblyStockComponentsUpdateDtoOperation",
    "KitAssemblyUpdateDto",
    "KitSpecificationDto",
    "KitSpecificationNonStockComponentDto",
    "KitSpecificationNonStockComponentsUpdateDto",
    "KitSpecificationNonStockComponentsUpdateDtoOperation",
    "KitSpecificationStockComponentsDto",
    "KitSpecificationStockComponentsUpdateDto",
    "KitSpecificationStockComponentsUpdateDtoOperation",
    "KitSpecificationUpdateDto",
    "KitSpecificationUpdateDtoOperation",
    "KitSpecificationsPostResponse201",
    "KitSpecificationsPutBykitInventoryIDrevisionIdResponse204",
    "KitSpecificationsQueryParameters",
    "LandedCostCodeDto",
    "LandedCostCodeDtoAllocationMethod",
    "LandedCostCodeDtoApplicationMethod",
    "LandedCostCodeDtoLandedCostType",
    "LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto",
    "LandedCostDto",
    "LandedCostDtoApDocType",
    "LandedCostDtoInDocType",
    "LandedCostQueryParameters",
    "LandedCostUpdateDto",
    "LandedCostUpdateDtoOperation",
    "LanguageUpdateDto",
    "LeaseAndRentInfoDto",
    "LeaseAndRentInfoInDetailsDto",
    "LedgerDescriptionDto",
    "LedgerDto",
    "LedgerDtoBalanceType",
    "LedgerInBranchDto",
    "LedgerInExtendedOrganizationDto",
    "LedgerInGeneralLedgerTransactionDetailsDto",
    "LedgerQueryParameters",
    "LineNbrInAllocationsUpdateDto",
    "LineNbrInPurchaseReceiptLineBasicUpdateDto",
    "LineNbrInPurchaseReceiptLineUpdateDto",
    "LineNumberInSupplierInvoiceLandedCostUpdateDto",
    "LineTypeInPurchaseReceiptLineBasicUpdateDto",
    "LineTypeInPurchaseReceiptLineBasicUpdateDtoValue",
    "LineTypeInPurchaseReceiptLineUpdateDto",
    "LineTypeInPurchaseReceiptLineUpdateDtoValue",
    "LinkLineDto",
    "LinkLineDtoPurchaseType",
    "LocationCreateResponse201",
    "LocationDescriptionDto",
    "LocationDto",
    "LocationIdInLocationUpdateDto",
    "LocationIdInPurchaseReceiptLineBasicUpdateDto",
    "LocationIdInPurchaseReceiptLineUpdateDto",
    "LocationIdInSupplierInvoiceLandedCostUpdateDto",
    "LocationIdInSupplierLocationUpdateDto",
    "LocationIdInWarehouseLocationUpdateDto",
    "LocationIdNameDescriptionDto",
    "LocationIdNameDto",
    "LocationInAllocationsDto",
    "LocationInAllocationsUpdateDto",
    "LocationInCashSaleDto",
    "LocationInCreditNoteDto",
    "LocationInCustomerContractDto",
    "LocationInCustomerCreditNoteDto",
    "LocationInCustomerCreditWriteOffDto",
    "LocationInCustomerDebitNoteDto",
    "LocationInCustomerDocumentDto",
    "LocationInCustomerDto",
    "LocationInCustomerInvoiceDto",
    "LocationInCustomerOverdueChargeDto",
    "LocationInExpenseClaimDetailDto",
    "LocationInExpenseClaimDetailUpdateDto",
    "LocationInExpenseClaimDto",
    "LocationInExpenseClaimUpdateDto",
    "LocationInExpenseReceiptDto",
    "LocationInFixedAssetDto",
    "LocationInInventoryAdjustmentLineDto",
    "LocationInInventoryIssueLineDto",
    "LocationInInventoryReceiptLineDto",
    "LocationInInventorySummaryDto",
    "LocationInInventoryTransferLineDto",
    "LocationInLandedCostDto",
    "LocationInPaymentDto",
    "LocationInPaymentUpdateDto",
    "LocationInProjectTransactionLineDto",
    "LocationInPurchaseOrderBasicDto",
    "LocationInPurchaseOrderDto",
    "LocationInPurchaseReceiptBasicDto",
    "LocationInPurchaseReceiptDto",
    "LocationInPurchaseReceiptLineDto",
    "LocationInSalesOrderBasicDto",
    "LocationInSalesOrderDto",
    "LocationInShipmentDetailLineDto",
    "LocationInShipmentDto",
    "LocationInStocktakeLineDto",
    "LocationInStocktakeLineV2Dto",
    "LocationInSupplierDocumentDto",
    "LocationInSupplierDto",
    "LocationInSupplierInvoiceDto",
    "LocationInSupplierPaymentDto",
    "LocationNameDescriptionDto",
    "LocationQueryParameters",
    "LocationUpdateBybAccountIdlocationIdResponse204",
    "LocationUpdateDto",
    "LotSerClassDto",
    "LotSerialClassDetailDto",
    "LotSerialClassDetailDtoType",
    "LotSerialClassDto",
    "LotSerialClassDtoAssignmentMethod",
    "LotSerialClassDtoIssueMethod",
    "LotSerialClassDtoTrackingMethod",
    "LotSerialClassGetAllLotSerialClassAssignmentMethod",
    "LotSerialClassGetAllLotSerialClassIssueMethod",
    "LotSerialClassGetAllLotSerialClassTrackingMethod",
    "LotSerialClassInInventoryDto",
    "LotSerialClassQueryParameters",
    "LotSerialClassQueryParametersAssignmentMethod",
    "LotSerialClassQueryParametersIssueMethod",
    "LotSerialClassQueryParametersTrackingMethod",
    "LotSerialNumberInAllocationsUpdateDto",
    "MainAddressInBranchDto",
    "MainAddressInCustomerDto",
    "MainAddressInExtendedOrganizationDto",
    "MainAddressInSupplierDto",
    "MainContactInBranchDto",
    "MainContactInCustomerDto",
    "MainContactInExtendedOrganizationDto",
    "MainContactInSupplierDto",
    "ManualDiscountInPurchaseReceiptLineBasicUpdateDto",
    "ManualDiscountInPurchaseReceiptLineUpdateDto",
    "MetadataDto",
    "ModeOfTransportDto",
    "ModeOfTrasportInShipmentDto",
    "MonInTimeCardMaterialsUpdateDto",
    "MonInTimeCardSummaryUpdateDto",
    "MultDivInCreateCurrencyRateDto",
    "MultDivInCreateCurrencyRateDtoValue",
    "MultDivInUpdateCurrencyRateDto",
    "MultDivInUpdateCurrencyRateDtoValue",
    "MultilanguageAddDefaultLanguageResponse200",
    "MultilanguageDeleteSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse204",
    "MultilanguageDto",
    "MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201",
    "MultilanguagePutSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse204",
    "MultilanguageTranslationDto",
    "NoteDto",
    "NoteInUpdateNoteDto",
    "NumberingDto",
    "NumberingSequenceDto",
    "OffsetAccountBranchInEntryTypeDto",
    "OffsetAccountOverrideInEntryTypeDto",
    "OffsetAccountOverrideInEntryTypeDtoType",
    "OffsetSubAccountInTransactionDetailDto",
    "OffsetSubaccountOverrideInEntryTypeDto",
    "OrderLineNumberInKitAssemblyLinkInsertDto",
    "OrderNumberInKitAssemblyLinkInsertDto",
    "OrderToApplyDto",
    "OrderToApplyDtoStatus",
    "OrderTypeInKitAssemblyLinkInsertDto",
    "OrderTypeInSalesOrderBasicUpdateDto",
    "OrderTypeInSalesOrderUpdateDto",
    "OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204",
    "OrganizationQueryParameters",
    "OverrideNumberSeriesInCustomerInvoiceUpdateDto",
    "OwnerInCashTransactionDto",
    "OwnerInCustomerContractSummaryDto",
    "OwnerInPurchaseOrderBasicDto",
    "OwnerInPurchaseOrderDto",
    "OwnerInSalesOrderDto",
    "OwnerInShipmentDto",
    "PackageDetailLineDto",
    "PackagingDto",
    "PackagingInInventoryDto",
    "PackagingTypeDto",
    "PackagingTypeQueryParameters",
    "PackagingUpdateDto",
    "ParentRecordDto",
    "ParentRecordInSupplierDto",
    "PaySelectedInSupplierInvoiceUpdateDto",
    "PaymentAmountInPaymentUpdateDto",
    "PaymentCreatePaymentResponse201",
    "PaymentDto",
    "PaymentDtoStatus",
    "PaymentDtoType",
    "PaymentFinancialDetailsDto",
    "PaymentGetAllPaymentsPaymentType",
    "PaymentGetAllPaymentsStatus",
    "PaymentLineBaseUpdateDto",
    "PaymentLineBaseUpdateDtoOperation",
    "PaymentLineDto",
    "PaymentLineDtoDocumentType",
    "PaymentLinesUpdateDto",
    "PaymentLinesUpdateDtoOperation",
    "PaymentMethodDetailDto",
    "PaymentMethodDto",
    "PaymentMethodDtoMeansOfPayment",
    "PaymentMethodIdDescriptionDto",
    "PaymentMethodInCashSaleDto",
    "PaymentMethodInCreditNoteDto",
    "PaymentMethodInCustomerCreditNoteDto",
    "PaymentMethodInCustomerCreditWriteOffDto",
    "PaymentMethodInCustomerDebitNoteDto",
    "PaymentMethodInCustomerDocumentDto",
    "PaymentMethodInCustomerInvoiceDto",
    "PaymentMethodInCustomerOverdueChargeDto",
    "PaymentMethodInCustomerPaymentMethodDto",
    "PaymentMethodInPaymentDto",
    "PaymentMethodInPaymentUpdateDto",
    "PaymentMethodInSalesOrderDto",
    "PaymentMethodInSupplierDocumentDto",
    "PaymentMethodInSupplierDto",
    "PaymentMethodInSupplierInvoiceDto",
    "PaymentMethodQueryParameters",
    "PaymentOrdersLinesUpdateDto",
    "PaymentOrdersLinesUpdateDtoOperation",
    "PaymentPutBypaymentNumberResponse204",
    "PaymentQueryParameters",
    "PaymentQueryParametersPaymentType",
    "PaymentQueryParametersStatus",
    "PaymentRefInPaymentUpdateDto",
    "PaymentReferenceInCashSaleUpdateDto",
    "PaymentUpdateDto",
    "PeppolSchemeDto",
    "PeppolSchemeInLocationDto",
    "PeppolSchemeUpdateDto",
    "PickPriorityInWarehouseLocationUpdateDto",
    "PoOrderLineNbrInPurchaseReceiptLineBasicUpdateDto",
    "PoOrderLineNbrInPurchaseReceiptLineUpdateDto",
    "PoOrderNbrInPurchaseReceiptLineBasicUpdateDto",
    "PoOrderNbrInPurchaseReceiptLineUpdateDto",
    "PoOrderTypeInPurchaseReceiptLineBasicUpdateDto",
    "PoOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue",
    "PoOrderTypeInPurchaseReceiptLineUpdateDto",
    "PoOrderTypeInPurchaseReceiptLineUpdateDtoValue",
    "PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto",
    "PostPeriodInCashSaleUpdateDto",
    "PostPeriodInCreditNoteUpdateDto",
    "PostPeriodInCustomerCreditNoteUpdateDto",
    "PostPeriodInCustomerDebitNoteUpdateDto",
    "PostPeriodInCustomerInvoiceUpdateDto",
    "PostPeriodInCustomerOverdueChargeUpdateDto",
    "PostPeriodInInventoryAdjustmentUpdateDto",
    "PostPeriodInInventoryIssueUpdateDto",
    "PostPeriodInInventoryReceiptUpdateDto",
    "PostPeriodInInventoryTransferUpdateDto",
    "PostPeriodInJournalTransactionUpdateDto",
    "PostPeriodInPurchaseReceiptBasicUpdateDto",
    "PostPeriodInPurchaseReceiptUpdateDto",
    "PostPeriodInSupplierInvoiceUpdateDto",
    "PostingClassDto",
    "PostingClassInInventoryDto",
    "PostingClassInInventoryUpdateDto",
    "PrebookAccountInSupplierInvoiceLineDto",
    "PrebookAccountInSupplierInvoiceLineDtoType",
    "PrebookAccountNumberInSupplierInvoiceLineUpdateDto",
    "PrebookSubaccountInSupplierInvoiceLineDto",
    "PrebookSupplierInvoiceActionResultDto",
    "PrebookSupplierInvoiceActionResultDtoActionResult",
    "PrebookingUpdateDto",
    "PreferredWarehouseInSalesOrderDto",
    "PrepareInvoiceActionResultDto",
    "PrepareInvoiceActionResultDtoActionResult",
    "PriceClassDto",
    "PriceClassInCustomerDto",
    "PriceClassInInventoryDto",
    "PriceManagerDto",
    "PriceManagerInInventoryDto",
    "PrimaryItemClassIdInWarehouseLocationUpdateDto",
    "PrimaryItemClassInWarehouseLocationDto",
    "PrimaryItemClassInWarehouseLocationDtoType",
    "PrimaryItemIdInWarehouseLocationUpdateDto",
    "PrimaryItemInWarehouseLocationDto",
    "PrimaryItemValidInWarehouseLocationUpdateDto",
    "PrimaryItemValidInWarehouseLocationUpdateDtoValue",
    "ProjectAccountGroupDto",
    "ProjectAccountGroupQueryParameters",
    "ProjectBasicDto",
    "ProjectBasicDtoStatus",
    "ProjectBasicGetAllStatus",
    "ProjectBasicQueryParameters",
    "ProjectBasicQueryParametersStatus",
    "ProjectBudgetDto",
    "ProjectBudgetPostResponse201",
    "ProjectBudgetQueryParameters",
    "ProjectBudgetUpdateDto",
    "ProjectDto",
    "ProjectDtoBillingPeriod",
    "ProjectDtoStatus",
    "ProjectEmployeeUpdateDto",
    "ProjectEmployeeUpdateDtoOperation",
    "ProjectGetAllStatus",
    "ProjectGetAllTaskStatus",
    "ProjectGetTasksStatus",
    "ProjectIdDescriptionDto",
    "ProjectIdInPurchaseReceiptLineBasicUpdateDto",
    "ProjectIdInPurchaseReceiptLineUpdateDto",
    "ProjectIdInWarehouseLocationUpdateDto",
    "ProjectInCashSaleDto",
    "ProjectInCreditNoteDto",
    "ProjectInCustomerCreditNoteDto",
    "ProjectInCustomerCreditWriteOffDto",
    "ProjectInCustomerDebitNoteDto",
    "ProjectInCustomerDocumentDto",
    "ProjectInCustomerInvoiceDto",
    "ProjectInCustomerOverdueChargeDto",
    "ProjectInExpenseClaimDetailDto",
    "ProjectInExpenseClaimDetailUpdateDto",
    "ProjectInExpenseReceiptDto",
    "ProjectInInventoryIssueLineDto",
    "ProjectInInventoryReceiptLineDto",
    "ProjectInJournalTransactionLineDto",
    "ProjectInProjectTransactionLineDto",
    "ProjectInPurchaseOrderLineDto",
    "ProjectInPurchaseReceiptLineDto",
    "ProjectInSupplierInvoiceLineDto",
    "ProjectInTimeCardMaterialsDto",
    "ProjectInTimeCardMaterialsUpdateDto",
    "ProjectInTimeCardSummaryDto",
    "ProjectInTimeCardSummaryUpdateDto",
    "ProjectInTransactionDetailDto",
    "ProjectInWarehouseLocationDto",
    "ProjectManagerInProjectDto",
    "ProjectManagerInProjectDtoStatus",
    "ProjectPostResponse201",
    "ProjectPutByinternalIdResponse204",
    "ProjectPutByprojectIdResponse204",
    "ProjectQueryParameters",
    "ProjectQueryParametersStatus",
    "ProjectQueryParametersTaskStatus",
    "ProjectTaskGetAllTasksStatus",
    "ProjectTaskIdDescriptionDto",
    "ProjectTaskIdInPurchaseReceiptLineBasicUpdateDto",
    "ProjectTaskIdInPurchaseReceiptLineUpdateDto",
    "ProjectTaskIdInWarehouseLocationUpdateDto",
    "ProjectTaskInExpenseClaimDetailDto",
    "ProjectTaskInExpenseClaimDetailUpdateDto",
    "ProjectTaskInExpenseReceiptDto",
    "ProjectTaskInInventoryIssueLineDto",
    "ProjectTaskInInventoryReceiptLineDto",
    "ProjectTaskInJournalTransactionLineDto",
    "ProjectTaskInProjectTransactionLineDto",
    "ProjectTaskInPurchaseOrderLineDto",
    "ProjectTaskInPurchaseReceiptLineDto",
    "ProjectTaskInSupplierInvoiceLineDto",
    "ProjectTaskInTimeCardMaterialsDto",
    "ProjectTaskInTimeCardMaterialsUpdateDto",
    "ProjectTaskInTimeCardSummaryDto",
    "ProjectTaskInTimeCardSummaryUpdateDto",
    "ProjectTaskInTransactionDetailDto",
    "ProjectTaskInWarehouseLocationDto",
    "ProjectTaskPostByinternalIdResponse201",
    "ProjectTaskPutByinternalIdResponse204",
    "ProjectTaskUpdateDto",
    "ProjectTransactionDocumentDto",
    "ProjectTransactionDocumentDtoModule",
    "ProjectTransactionDocumentDtoOrigDocType",
    "ProjectTransactionDocumentDtoStatus",
    "ProjectTransactionDocumentUpdateDto",
    "ProjectTransactionGetAllModule",
    "ProjectTransactionGetAllStatus",
    "ProjectTransactionLineDto",
    "ProjectTransactionLineUpdateDto",
    "ProjectTransactionLineUpdateDtoOperation",
    "ProjectTransactionPostResponse201",
    "ProjectTransactionPutByrefNbrResponse204",
    "ProjectTransactionQueryParameters",
    "ProjectTransactionQueryParametersModule",
    "ProjectTransactionQueryParametersStatus",
    "ProjectUpdateDto",
    "PromoCodeIdDescriptionDto",
    "PropertyTaxDto",
    "PropertyTaxInFixedAssetDto",
    "PurchaseLineNbrInLinkLineDto",
    "PurchaseNumberInLinkLineDto",
    "PurchaseOrderAddressDto",
    "PurchaseOrderAddressUpdateDto",
    "PurchaseOrderBasicDto",
    "PurchaseOrderBasicDtoOrderType",
    "PurchaseOrderBasicDtoStatus",
    "PurchaseOrderBasicGetAllOrderBasicOrderStatus",
    "PurchaseOrderBasicGetAllOrderBasicOrderType",
    "PurchaseOrderBasicPostResponse201",
    "PurchaseOrderBasicPutBypurchaseOrderNumberResponse204",
    "PurchaseOrderBasicUpdateDto",
    "PurchaseOrderContactDto",
    "PurchaseOrderContactUpdateDto",
    "PurchaseOrderDto",
    "PurchaseOrderDtoOrderType",
    "PurchaseOrderDtoShippingDestinationType",
    "PurchaseOrderDtoStatus",
    "PurchaseOrderGetAllOrderOrderStatus",
    "PurchaseOrderGetAllOrderOrderType",
    "PurchaseOrderLineDto",
    "PurchaseOrderLineDtoLineType",
    "PurchaseOrderLineDtoOrderType",
    "PurchaseOrderLineDtoReceiptAction",
    "PurchaseOrderLineUpdateDto",
    "PurchaseOrderLineUpdateDtoOperation",
    "PurchaseOrderPostResponse201",
    "PurchaseOrderPutBypurchaseOrderNumberResponse204",
    "PurchaseOrderQueryParameters",
    "PurchaseOrderQueryParametersOrderStatus",
    "PurchaseOrderQueryParametersOrderType",
    "PurchaseOrderUpdateDto",
    "PurchaseReceiptBasicDto",
    "PurchaseReceiptBasicDtoReceiptType",
    "PurchaseReceiptBasicDtoStatus",
    "PurchaseReceiptBasicGetAllReceiptBasicReceiptType",
    "PurchaseReceiptBasicGetAllReceiptBasicStatus",
    "PurchaseReceiptBasicPostResponse201",
    "PurchaseReceiptBasicPutByreceiptNumberResponse204",
    "PurchaseReceiptBasicUpdateDto",
    "PurchaseReceiptDto",
    "PurchaseReceiptDtoReceiptType",
    "PurchaseReceiptDtoStatus",
    "PurchaseReceiptGetAllReceiptBasicReceiptType",
    "PurchaseReceiptGetAllReceiptBasicStatus",
    "PurchaseReceiptLineBasicUpdateDto",
    "PurchaseReceiptLineBasicUpdateDtoOperation",
    "PurchaseReceiptLineDto",
    "PurchaseReceiptLineDtoLineType",
    "PurchaseReceiptLineDtoPoOrderType",
    "PurchaseReceiptLineDtoTransferOrderType",
    "PurchaseReceiptLineUpdateDto",
    "PurchaseReceiptLineUpdateDtoOperation",
    "PurchaseReceiptOrderLineNbrUpdateDto",
    "PurchaseReceiptOrderLinesListUpdateDto",
    "PurchaseReceiptOrderLinesUpdateDto",
    "PurchaseReceiptOrderListUpdateDto",
    "PurchaseReceiptOrderUpdateDto",
    "PurchaseReceiptOrderUpdateDtoOrderType",
    "PurchaseReceiptPostResponse201",
    "PurchaseReceiptPrintPurchaseReceiptByreceiptNumberResponse200",
    "PurchaseReceiptPutByreceiptNumberResponse204",
    "PurchaseReceiptQueryParameters",
    "PurchaseReceiptQueryParametersReceiptType",
    "PurchaseReceiptQueryParametersStatus",
    "PurchaseReceiptUpdateDto",
    "PurchaseReceiptV2GetAllReceiptsReceiptType",
    "PurchaseReceiptV2GetAllReceiptsStatus",
    "PurchaseReceiptV2QueryParameters",
    "PurchaseReceiptV2QueryParametersReceiptType",
    "PurchaseReceiptV2QueryParametersStatus",
    "PurchaseReceiptsDto",
    "PurchaseReceiptsDtoStatus",
    "PurchaseReceiptsDtoType",
    "PutExpenseClaimOnHoldActionResultDto",
    "PutExpenseClaimOnHoldActionResultDtoActionResult",
    "PutTimeCardOnHoldActionResultDto",
    "PutTimeCardOnHoldActionResultDtoActionResult",
    "QuantityInAllocationsUpdateDto",
    "QuantityInExpenseClaimDetailUpdateDto",
    "RateInCreateCurrencyRateDto",
    "RateInUpdateCurrencyRateDto",
    "RateTableIdDescriptionDto",
    "RateTableInProjectDto",
    "RateTableInTaskExtendedDto",
    "RateTypeInCreateCurrencyRateDto",
    "ReasonCodeDto",
    "ReasonCodeInInventoryAdjustmentLineDto",
    "ReasonCodeInInventoryIssueLineDto",
    "ReasonCodeInInventoryReceiptLineDto",
    "ReasonCodeInInventoryTransferLineDto",
    "ReceiptLocationInWarehouseDto",
    "ReceiptQtyInPurchaseReceiptLineBasicUpdateDto",
    "ReceiptQtyInPurchaseReceiptLineUpdateDto",
    "ReceiptsValidInWarehouseLocationUpdateDto",
    "ReclasificationAccountInEntryTypeDto",
    "ReclasificationAccountInEntryTypeDtoType",
    "ReclasificationAccountOverrideInEntryTypeDto",
    "ReclasificationAccountOverrideInEntryTypeDtoType",
    "RefNbrInExpenseClaimDetailUpdateDto",
    "ReferenceNumberInInventoryAdjustmentUpdateDto",
    "ReferenceNumberInInventoryIssueUpdateDto",
    "ReferenceNumberInInventoryReceiptUpdateDto",
    "ReferenceNumberInInventoryTransferUpdateDto",
    "ReferenceNumberInPaymentUpdateDto",
    "RegisterInFixedAssetTransactionDto",
    "RegisterInFixedAssetTransactionDtoStatus",
    "ReleaseCashTransactionActionResultDto",
    "ReleaseCashTransactionActionResultDtoActionResult",
    "ReleaseCustomerCreditNoteActionResultDto",
    "ReleaseCustomerCreditNoteActionResultDtoActionResult",
    "ReleaseCustomerDebitNoteActionResultDto",
    "ReleaseCustomerDebitNoteActionResultDtoActionResult",
    "ReleaseCustomerOverdueChargeActionResultDto",
    "ReleaseCustomerOverdueChargeActionResultDtoActionResult",
    "ReleaseInventoryDocumentActionResultDto",
    "ReleaseInventoryDocumentActionResultDtoActionResult",
    "ReleaseInvoiceActionResultDto",
    "ReleaseInvoiceActionResultDtoActionResult",
    "ReleaseJournalTransactionActionResultDto",
    "ReleaseJournalTransactionActionResultDtoActionResult",
    "ReleasePaymentActionDto",
    "ReleasePaymentActionResultDto",
    "ReleasePaymentActionResultDtoActionResult",
    "ReleasePurchaseReceiptActionResultDto",
    "ReleasePurchaseReceiptActionResultDtoActionResult",
    "ReleaseSupplierInvoiceActionResultDto",
    "ReleaseSupplierInvoiceActionResultDtoActionResult",
    "ReleaseSupplierPaymentActionDto",
    "RemitAddressInPurchaseOrderDto",
    "RemitAddressInSupplierDto",
    "RemitContactInPurchaseOrderDto",
    "RemitContactInSupplierDto",
    "ReopenSalesOrderActionDto",
    "ReopenSalesOrderActionResultDto",
    "ReopenSalesOrderActionResultDtoActionResult",
    "ReplenishmentClassIdDescriptionDto",
    "ReplenishmentClassInWarehouseDto",
    "ReturnLocationInWarehouseDto",
    "ReverseCashTransactionActionDto",
    "ReverseCashTransactionActionResultDto",
    "ReverseCashTransactionActionResultDtoActionResult",
    "ReverseInvoiceActionDto",
    "ReverseInvoiceActionResultDto",
    "ReverseInvoiceActionResultDtoActionResult",
    "ReverseInvoiceResultDto",
    "ReverseInvoiceResultDtoActionResult",
    "RotRutBasicDto",
    "RotRutBasicDtoType",
    "RotRutDistributionDto",
    "RotRutDistributionUpdateDto",
    "RotRutDistributionUpdateDtoOperation",
    "RotRutDto",
    "RotRutDtoDocType",
    "RotRutDtoType",
    "RotRutUpdateDto",
    "SOCommissionDto",
    "SaleOrderUpdateDtoInReopenSalesOrderActionDto",
    "SalesAccountInExpenseClaimDetailDto",
    "SalesAccountInExpenseClaimDetailDtoType",
    "SalesAccountInExpenseReceiptDto",
    "SalesAccountInInventoryAccountInformationDto",
    "SalesCategoryDto",
    "SalesCategoryLineDto",
    "SalesEuAccountInInventoryAccountInformationDto",
    "SalesExportAccountInInventoryAccountInformationDto",
    "SalesInvoiceAddressUpdateDto",
    "SalesInvoiceContactUpdateDto",
    "SalesNonTaxableAccountInInventoryAccountInformationDto",
    "SalesOrderAddressDto",
    "SalesOrderAddressUpdateDto",
    "SalesOrderBasicCreateHeaderAttachmentByorderNumberResponse201",
    "SalesOrderBasicCreateHeaderAttachmentByorderNumberorderTypeResponse201",
    "SalesOrderBasicCreateLineAttachmentByorderNumberlineNumberResponse201",
    "SalesOrderBasicCreateLineAttachmentByorderNumberorderTypelineNumberResponse201",
    "SalesOrderBasicDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200",
    "SalesOrderBasicDeleteOrderAttachmentByorderNumberorderTypefileIdResponse200",
    "SalesOrderBasicDto",
    "SalesOrderBasicDtoStatus",
    "SalesOrderBasicGetAllOrdersStatus",
    "SalesOrderBasicLineUpdateDto",
    "SalesOrderBasicLineUpdateDtoOperation",
    "SalesOrderBasicPostResponse201",
    "SalesOrderBasicPutByorderNbrResponse204",
    "SalesOrderBasicUpdateDto",
    "SalesOrderBasicV2CreateHeaderAttachmentByorderNumberResponse201",
    "SalesOrderBasicV2CreateHeaderAttachmentByorderNumberorderTypeResponse201",
    "SalesOrderBasicV2CreateLineAttachmentByorderNumberlineNumberResponse201",
    "SalesOrderBasicV2CreateLineAttachmentByorderNumberorderTypelineNumberResponse201",
    "SalesOrderBasicV2PostResponse201",
    "SalesOrderContactDto",
    "SalesOrderContactUpdateDto",
    "SalesOrderCreateHeaderAttachmentByorderNumberResponse201",
    "SalesOrderCreateHeaderAttachmentByorderNumberorderTypeResponse201",
    "SalesOrderCreateLineAttachmentByorderNumberlineNumberResponse201",
    "SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201",
    "SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200",
    "SalesOrderDeleteOrderAttachmentByorderNumberorderTypefileIdResponse200",
    "SalesOrderDocumentLineDto",
    "SalesOrderDto",
    "SalesOrderDtoShipComplete",
    "SalesOrderDtoStatus",
    "SalesOrderGetAllOrdersStatus",
    "SalesOrderLineDto",
    "SalesOrderLineDtoOperation",
    "SalesOrderLineDtoPoSource",
    "SalesOrderLineDtoShipComplete",
    "SalesOrderLineUpdateDto",
    "SalesOrderLineUpdateDtoOperation",
    "SalesOrderPostResponse201",
    "SalesOrderPrintOrderByorderNumberorderTypeResponse200",
    "SalesOrderPutByorderNbrResponse204",
    "SalesOrderQueryParameters",
    "SalesOrderQueryParametersStatus",
    "SalesOrderShipmentDto",
    "SalesOrderTypeDto",
    "SalesOrderTypeDtoBehavior",
    "SalesOrderTypeDtoCustomerDocumentType",
    "SalesOrderTypeDtoDefaultOperation",
    "SalesOrderTypeQueryParameters",
    "SalesOrderUpdateDto",
    "SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201",
    "SalesOrderV2CreateHeaderAttachmentByorderNumberorderTypeResponse201",
    "SalesOrderV2CreateLineAttachmentByorderNumberlineNumberResponse201",
    "SalesOrderV2CreateLineAttachmentByorderNumberorderTypelineNumberResponse201",
    "SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200",
    "SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207",
    "SalesOrderV2GetAllOrdersV2Status",
    "SalesOrderV2PostResponse201",
    "SalesOrderV2QueryParameters",
    "SalesOrderV2QueryParametersStatus",
    "SalesPersonCreateSalespersonResponse201",
    "SalesPersonDto",
    "SalesPersonIDInCashSaleUpdateDto",
    "SalesPersonIDInCreditNoteUpdateDto",
    "SalesPersonIDInCustomerCreditNoteUpdateDto",
    "SalesPersonIDInCustomerDebitNoteUpdateDto",
    "SalesPersonIDInCustomerInvoiceUpdateDto",
    "SalesPersonIDInCustomerOverdueChargeUpdateDto",
    "SalesPersonIdDescriptionDto",
    "SalesPersonInCashSaleDto",
    "SalesPersonInCreditNoteDto",
    "SalesPersonInCustomerContractSummaryDto",
    "SalesPersonInCustomerCreditNoteDto",
    "SalesPersonInCustomerDebitNoteDto",
    "SalesPersonInCustomerInvoiceDto",
    "SalesPersonInCustomerOverdueChargeDto",
    "SalesPersonInSalesOrderDto",
    "SalesPersonInSalesOrderLineDto",
    "SalesPersonQueryParameters",
    "SalesPersonUpdateDto",
    "SalesPersonUpdateSalespersonBysalespersonCdResponse204",
    "SalesSubInExpenseReceiptDto",
    "SalesSubaccountInExpenseClaimDetailDto",
    "SalesSubaccountInInventoryAccountInformationDto",
    "SalesValidInWarehouseLocationUpdateDto",
    "SalespersonInCashSaleUpdateDto",
    "SalespersonInCreditNoteUpdateDto",
    "SalespersonInCustomerCreditNoteUpdateDto",
    "SalespersonInCustomerDebitNoteUpdateDto",
    "SalespersonInCustomerInvoiceUpdateDto",
    "SalespersonInCustomerOverdueChargeUpdateDto",
    "SatInTimeCardMaterialsUpdateDto",
    "SatInTimeCardSummaryUpdateDto",
    "SegmentDto",
    "SegmentUpdateDto",
    "SellerInCashSaleLineDto",
    "SellerInCreditNoteLineDto",
    "SellerInCustomerCreditNoteLineDto",
    "SellerInCustomerDebitNoteLineDto",
    "SellerInCustomerInvoiceLineDto",
    "SellerInCustomerOverdueChargeLineDto",
    "SendEmailActionResultDto",
    "SendEmailActionResultDtoActionResult",
    "SendExpenseClaimToApprovalActionResultDto",
    "SendExpenseClaimToApprovalActionResultDtoActionResult",
    "SendTimeCardToApprovalActionResultDto",
    "SendTimeCardToApprovalActionResultDtoActionResult",
    "SendToApprovalResult",
    "SendToApprovalResultActionResult",
    "SendToAutoInvoiceArDocumentActionResultDto",
    "SendToAutoInvoiceArDocumentActionResultDtoActionResult",
    "ShipLocationInWarehouseDto",
    "ShipToInPurchaseOrderDto",
    "ShipViaInSalesOrderDto",
    "ShipViaInShipmentDto",
    "ShipmentAddLineByshipmentNumberResponse204",
    "ShipmentAddSoLineByshipmentNumberResponse204",
    "ShipmentAddSoOrderByshipmentNumberResponse204",
    "ShipmentAddressDto",
    "ShipmentCancelShipmentByshipmentNumberResponse200",
    "ShipmentContactDto",
    "ShipmentCorrectShipmentByshipmentNumberResponse200",
    "ShipmentCreateDto",
    "ShipmentDeleteLineByshipmentNumberlineNumberResponse204",
    "ShipmentDetailLineAddDto",
    "ShipmentDetailLineAddDtoOperation",
    "ShipmentDetailLineDto",
    "ShipmentDetailLineUpdateDto",
    "ShipmentDetailLineUpdateDtoOperation",
    "ShipmentDto",
    "ShipmentDtoOperation",
    "ShipmentDtoShipmentType",
    "ShipmentDtoStatus",
    "ShipmentGetAllShipmentsShipmentType",
    "ShipmentGetAllShipmentsStatus",
    "ShipmentOrderLineDto",
    "ShipmentPackageLineUpdateDto",
    "ShipmentPackageLineUpdateDtoOperation",
    "ShipmentPostResponse201",
    "ShipmentPrintPickListByshipmentNbrResponse200",
    "ShipmentPrintShipmentConfirmationByshipmentNbrResponse200",
    "ShipmentPutByshipmentNbrResponse204",
    "ShipmentSOLine",
    "ShipmentSOOrder",
    "ShipmentUpdateDeleteLineDto",
    "ShipmentUpdateDto",
    "ShipmentsQueryParameters",
    "ShipmentsQueryParametersShipmentType",
    "ShipmentsQueryParametersStatus",
    "ShippingAddressInPurchaseOrderDto",
    "ShippingContactInPurchaseOrderDto",
    "ShippingLocationInPurchaseOrderDto",
    "ShippingTermsDescriptionDto",
    "ShippingTermsInSalesOrderDto",
    "ShippingTermsInShipmentDto",
    "ShippingZoneDescriptionDto",
    "ShippingZoneInSalesOrderDto",
    "ShippingZoneInShipmentDto",
    "SigmaIntrastatTransactionDescriptionDto",
    "SiteIdInSupplierInvoiceLandedCostUpdateDto",
    "SoBillingAddressInSalesOrderDto",
    "SoBillingContactInSalesOrderDto",
    "SoShippingAddressInSalesOrderDto",
    "SoShippingContactInSalesOrderDto",
    "StartDateInProjectUpdateDto",
    "StatusInEmployeeCreateDTO",
    "StatusInEmployeeCreateDTOValue",
    "StatusInEmployeeUpdateDto",
    "StatusInEmployeeUpdateDtoValue",
    "StocktakeDto",
    "StocktakeDtoSummaryStatus",
    "StocktakeGetAllStocktakesStatus",
    "StocktakeGetAllStocktakesSummaryStatus",
    "StocktakeLineDto",
    "StocktakeLineDtoStatus",
    "StocktakeLineUpdateDto",
    "StocktakeLineUpdateDtoOperation",
    "StocktakeLineV2Dto",
    "StocktakeLineV2DtoStatus",
    "StocktakePagingQueryParameters",
    "StocktakePagingQueryParametersStatus",
    "StocktakePagingQueryParametersSummaryStatus",
    "StocktakePutByreferenceNumberResponse204",
    "StocktakeQueryParameters",
    "StocktakeQueryParametersStatus",
    "StocktakeQueryParametersSummaryStatus",
    "StocktakeUpdateDto",
    "StocktakeV2Dto",
    "StocktakeV2DtoSummaryStatus",
    "StocktakeV2ExceptionDto",
    "StocktakeV2ExceptionDtoErrorCode",
    "StocktakeV2GetAllStocktakesStatus",
    "StocktakeV2GetAllStocktakesSummaryStatus",
    "StocktakeV2PutByreferenceNumberResponse204",
    "SubAccountDescriptionDto",
    "SubAccountDto",
    "SubAccountUpdateDto",
    "SubInPurchaseOrderLineDto",
    "SubInPurchaseReceiptLineDto",
    "SubaccountIdInSubAccountUpdateDto",
    "SubaccountInBudgetDto",
    "SubaccountInCashSaleDto",
    "SubaccountInCashSaleLineDto",
    "SubaccountInCreditNoteDto",
    "SubaccountInCreditNoteLineDto",
    "SubaccountInCustomerCreditNoteDto",
    "SubaccountInCustomerCreditNoteLineDto",
    "SubaccountInCustomerCreditWriteOffDto",
    "SubaccountInCustomerDebitNoteDto",
    "SubaccountInCustomerDebitNoteLineDto",
    "SubaccountInCustomerDocumentDto",
    "SubaccountInCustomerInvoiceDto",
    "SubaccountInCustomerInvoiceLineDto",
    "SubaccountInCustomerOverdueChargeDto",
    "SubaccountInCustomerOverdueChargeLineDto",
    "SubaccountInJournalTransactionLineDto",
    "SubaccountInSalesOrderLineDto",
    "SubaccountInSupplierAccountDto",
    "SubaccountInSupplierDocumentDto",
    "SubaccountInSupplierInvoiceLineDto",
    "SubaccountInSupplierItemAccountDto",
    "SubaccountNumberInSubAccountUpdateDto",
    "SubaccountPostResponse201",
    "SubaccountPutBysubAccountNumberResponse204",
    "SubaccountQueryParameters",
    "SubmitExpenseClaimActionResultDto",
    "SubmitExpenseClaimActionResultDtoActionResult",
    "SubmitTimeCardActionResultDto",
    "SubmitTimeCardActionResultDtoActionResult",
    "SummaryInCustomerContractDto",
    "SummaryInCustomerContractDtoInvoiceTo",
    "SummaryInCustomerContractDtoInvoicingPeriod",
    "SunInTimeCardMaterialsUpdateDto",
    "SunInTimeCardSummaryUpdateDto",
    "SupplementaryMeasureUnitInIntrastatUpdateDto",
    "SupplierAccountDto",
    "SupplierAccountInSupplierAccountsDto",
    "SupplierAccountInSupplierGlAccountsDto",
    "SupplierAccountQueryParameters",
    "SupplierAccountsDto",
    "SupplierAddressInSupplierDto",
    "SupplierBalanceDto",
    "SupplierBalanceQueryParameters",
    "SupplierClassDto",
    "SupplierClassInSupplierDto",
    "SupplierContactInSupplierDto",
    "SupplierDescriptionDto",
    "SupplierDetailsDto",
    "SupplierDetailsDtoOperation",
    "SupplierDetailsLineDto",
    "SupplierDocumentDto",
    "SupplierDocumentDtoApprovalStatus",
    "SupplierDocumentDtoDocumentType",
    "SupplierDocumentDtoStatus",
    "SupplierDocumentForSupplierQueryParameters",
    "SupplierDocumentForSupplierQueryParametersDocumentType",
    "SupplierDocumentForSupplierQueryParametersStatus",
    "SupplierDocumentGetAllDocumentsForSupplierDocumentType",
    "SupplierDocumentGetAllDocumentsForSupplierStatus",
    "SupplierDocumentQueryParameters",
    "SupplierDocumentQueryParametersDocumentType",
    "SupplierDocumentQueryParametersStatus",
    "SupplierDto",
    "SupplierDtoAccountUsedForPayment",
    "SupplierDtoChargeBearer",
    "SupplierDtoPaymentBy",
    "SupplierDtoStatus",
    "SupplierGetAllDocumentsForSupplierBysupplierNumberDocumentType",
    "SupplierGetAllDocumentsForSupplierBysupplierNumberStatus",
    "SupplierGetAllInvoicesForSupplierBysupplierNumberDocumentType",
    "SupplierGetAllInvoicesForSupplierBysupplierNumberStatus",
    "SupplierGetAllStatus",
    "SupplierGlAccountsDto",
    "SupplierGlAccountsUpdateDto",
    "SupplierInLandedCostDto",
    "SupplierInPurchaseOrderBasicDto",
    "SupplierInPurchaseOrderBasicUpdateDto",
    "SupplierInPurchaseOrderDto",
    "SupplierInPurchaseOrderUpdateDto",
    "SupplierInPurchaseReceiptBasicDto",
    "SupplierInPurchaseReceiptDto",
    "SupplierInSupplierDocumentDto",
    "SupplierInSupplierInvoiceDto",
    "SupplierInSupplierPOBalanceDto",
    "SupplierInSupplierPaymentDto",
    "SupplierInvoiceCreateHeaderAttachmentByTypeBydocumentTypeinvoiceNumberResponse201",
    "SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201",
    "SupplierInvoiceCreateLineAttachmentByTypeBydocumentTypeinvoiceNumberlineNumberResponse201",
    "SupplierInvoiceCreateLineAttachmentByinvoiceNumberlineNumberResponse201",
    "SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType",
    "SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204",
    "SupplierInvoiceDeleteByinvoiceNumberResponse204",
    "SupplierInvoiceDto",
    "SupplierInvoiceDtoApprovalStatus",
    "SupplierInvoiceDtoDocumentType",
    "SupplierInvoiceDtoStatus",
    "SupplierInvoiceDtoTaxCalculationMode",
    "SupplierInvoiceForSupplierQueryParameters",
    "SupplierInvoiceForSupplierQueryParametersDocumentType",
    "SupplierInvoiceForSupplierQueryParametersStatus",
    "SupplierInvoiceGetAllInvoicesDocumentType",
    "SupplierInvoiceGetAllInvoicesStatus",
    "SupplierInvoiceLandedCostDto",
    "SupplierInvoiceLandedCostDtoPurchaseReceiptType",
    "SupplierInvoiceLandedCostUpdateDto",
    "SupplierInvoiceLandedCostUpdateDtoOperation",
    "SupplierInvoiceLineDto",
    "SupplierInvoiceLineUpdateDto",
    "SupplierInvoiceLineUpdateDtoOperation",
    "SupplierInvoicePostResponse201",
    "SupplierInvoicePutByTypeBydocumentTypeinvoiceNumberResponse204",
    "SupplierInvoicePutByinvoiceNumberResponse204",
    "SupplierInvoiceQueryParameters",
    "SupplierInvoiceQueryParametersDocumentType",
    "SupplierInvoiceQueryParametersStatus",
    "SupplierInvoiceUpdateDto",
    "SupplierItemAccountDto",
    "SupplierLocationCreateResponse201",
    "SupplierLocationDto",
    "SupplierLocationQueryParameters",
    "SupplierLocationUpdateBybAccountIdlocationIdResponse204",
    "SupplierLocationUpdateDto",
    "SupplierNumberDto",
    "SupplierPOBalanceDto",
    "SupplierPaymentAdjustmentDto",
    "SupplierPaymentAdjustmentDtoDocType",
    "SupplierPaymentAdjustmentUpdateDto",
    "SupplierPaymentAdjustmentUpdateDtoOperation",
    "SupplierPaymentCreateSupplierPaymentResponse201",
    "SupplierPaymentDto",
    "SupplierPaymentDtoStatus",
    "SupplierPaymentDtoType",
    "SupplierPaymentGetAllPaymentsPaymentType",
    "SupplierPaymentGetAllPaymentsStatus",
    "SupplierPaymentMethodDetailDto",
    "SupplierPaymentMethodDetailUpdateDto",
    "SupplierPaymentPutBypaymentNumberResponse204",
    "SupplierPaymentQueryParameters",
    "SupplierPaymentQueryParametersPaymentType",
    "SupplierPaymentQueryParametersStatus",
    "SupplierPaymentUpdateDto",
    "SupplierPostResponse201",
    "SupplierPutBysupplierCdResponse204",
    "SupplierQueryParameters",
    "SupplierQueryParametersStatus",
    "SupplierSubaccountInSupplierGlAccountsDto",
    "SupplierTaxZoneInSupplierInvoiceDto",
    "SupplierUpdateDto",
    "SupplierVatZoneInPurchaseOrderDto",
    "TaskDto",
    "TaskDtoStatus",
    "TaskEmployeeUpdateDto",
    "TaskEmployeeUpdateDtoOperation",
    "TaskExtendedDto",
    "TaskExtendedDtoStatus",
    "TaskQueryParameters",
    "TaskQueryParametersStatus",
    "TaskUpdateDto",
    "TaskUpdateDtoOperation",
    "TaxCategoryIdInPurchaseReceiptLineBasicUpdateDto",
    "TaxCategoryIdInPurchaseReceiptLineUpdateDto",
    "TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto",
    "TaxCategoryInExpenseClaimDetailDto",
    "TaxCategoryInExpenseClaimDetailUpdateDto",
    "TaxCategoryInExpenseReceiptDto",
    "TaxCategoryInLandedCostDto",
    "TaxCategoryInPurchaseOrderLineDto",
    "TaxCategoryInPurchaseReceiptLineDto",
    "TaxCategoryInTaskExtendedDto",
    "TaxCategoryInTransactionDetailDto",
    "TaxCategoryNumberDescriptionDto",
    "TaxDetailDto",
    "TaxDetailUpdateDto",
    "TaxInCashTranTaxDetailDto",
    "TaxNumberDescriptionDto",
    "TaxZoneInFinancialsDetailDto",
    "TemplateInProjectDto",
    "TemplateInProjectDtoStatus",
    "TemplateNumberDescriptionDto",
    "TemplateNumberDescriptionDtoStatus",
    "TermsInLandedCostDto",
    "TermsInPurchaseOrderDto",
    "TermsInSalesOrderDto",
    "ThuInTimeCardMaterialsUpdateDto",
    "ThuInTimeCardSummaryUpdateDto",
    "TimeCardCreateTimeCardResponse201",
    "TimeCardDto",
    "TimeCardDtoApprovalStatus",
    "TimeCardDtoStatus",
    "TimeCardDtoType",
    "TimeCardGetAllEmployeeTimeCardsStatus",
    "TimeCardGetAllEmployeeTimeCardsType",
    "TimeCardMaterialsDto",
    "TimeCardMaterialsUpdateDto",
    "TimeCardMaterialsUpdateDtoOperation",
    "TimeCardSummaryDto",
    "TimeCardSummaryDtoApprovalStatus",
    "TimeCardSummaryUpdateDto",
    "TimeCardSummaryUpdateDtoOperation",
    "TimeCardUpdateDto",
    "TimeCardUpdateTimeCardByreferenceNumberResponse204",
    "ToCurrencyIdInCreateCurrencyRateDto",
    "ToWarehouseInInventoryTransferDto",
    "ToWarehouseInShipmentDto",
    "TransactionDescriptionInPurchaseReceiptLineBasicUpdateDto",
    "TransactionDescriptionInPurchaseReceiptLineUpdateDto",
    "TransactionDetailDto",
    "TransactionTypeInSalesOrderDto",
    "TransactionTypeInShipmentDto",
    "TransferNumberInInventoryReceiptUpdateDto",
    "TransferOrderLineNbrInPurchaseReceiptLineBasicUpdateDto",
    "TransferOrderLineNbrInPurchaseReceiptLineUpdateDto",
    "TransferOrderNbrInPurchaseReceiptLineBasicUpdateDto",
    "TransferOrderNbrInPurchaseReceiptLineUpdateDto",
    "TransferOrderTypeInPurchaseReceiptLineBasicUpdateDto",
    "TransferOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue",
    "TransferOrderTypeInPurchaseReceiptLineUpdateDto",
    "TransferOrderTypeInPurchaseReceiptLineUpdateDtoValue",
    "TransfersValidInWarehouseLocationUpdateDto",
    "TueInTimeCardMaterialsUpdateDto",
    "TueInTimeCardSummaryUpdateDto",
    "TypeDto",
    "TypeInFixedAssetDto",
    "TypeInPaymentUpdateDto",
    "TypeInPaymentUpdateDtoValue",
    "TypeInSupplierPaymentUpdateDto",
    "TypeInSupplierPaymentUpdateDtoValue",
    "TypeOfWorkInCustomerInvoiceLinesUpdateDto",
    "UiExtensionDeleteByownerIdinternalIdResponse200",
    "UiExtensionDeleteByownerIdinternalIdscreenIdstepIdResponse200",
    "UiExtensionDto",
    "UiExtensionDtoType",
    "UiExtensionGetAllUiExtensionsByownerIdType",
    "UiExtensionPostResponse200",
    "UiExtensionQueryParameters",
    "UiExtensionQueryParametersType",
    "UiExtensionScreenDto",
    "UiExtensionUpdateDto",
    "UiExtensionUpdateDtoType",
    "UnitCostInExpenseClaimDetailUpdateDto",
    "UnitCostInPurchaseReceiptLineBasicUpdateDto",
    "UnitCostInPurchaseReceiptLineUpdateDto",
    "UnitOfMeasureDto",
    "UnitOfMeasureDtoSupplementaryMeasureUnit",
    "UnitOfMeasureDtoUnitMultDiv",
    "UoMInTimeCardMaterialsUpdateDto",
    "UomInAllocationsUpdateDto",
    "UomInExpenseClaimDetailUpdateDto",
    "UomInPurchaseReceiptLineBasicUpdateDto",
    "UomInPurchaseReceiptLineUpdateDto",
    "UpdateCostActionResultDto",
    "UpdateCostActionResultDtoActionResult",
    "UpdateCurrencyRateDto",
    "UpdateDiscountsActionResultDto",
    "UpdateDiscountsActionResultDtoActionResult",
    "UpdateNoteDto",
    "UserDescriptionDto",
    "ValidateLineDetailsInSupplierInvoiceUpdateDto",
    "VatAgencyIdInVatInformationDto",
    "VatCategoryDto",
    "VatCategoryLineDto",
    "VatCategoryLineDtoCalculateOn",
    "VatCategoryLineDtoCashDiscount",
    "VatCategoryLineDtoType",
    "VatCategoryQueryParameters",
    "VatClaimableAccountInVatGlAccountsDto",
    "VatClaimableAccountInVatGlAccountsDtoType",
    "VatClaimableSubccountInVatGlAccountsDto",
    "VatCodeDto",
    "VatCodeInCashSaleLineDto",
    "VatCodeInCreditNoteLineDto",
    "VatCodeInCustomerCreditNoteLineDto",
    "VatCodeInCustomerDebitNoteLineDto",
    "VatCodeInCustomerInvoiceLineDto",
    "VatCodeInCustomerOverdueChargeLineDto",
    "VatCodeInInventoryDto",
    "VatCodeInInventoryUpdateDto",
    "VatCodeInJournalTransactionLineDto",
    "VatCodeInSupplierInvoiceLineDto",
    "VatDto",
    "VatGlAccountsDto",
    "VatIdInTaxDetailDto",
    "VatInJournalTransactionLineDto",
    "VatInformationDto",
    "VatInformationDtoCalculateOn",
    "VatInformationDtoCashDiscount",
    "VatInformationDtoEuReportCode",
    "VatInformationDtoType",
    "VatInformationDtoVismaXmlVatType",
    "VatInformationScheduleDto",
    "VatInformationScheduleDtoGroupType",
    "VatPayableAccountInVatGlAccountsDto",
    "VatPayableAccountInVatGlAccountsDtoType",
    "VatPayableSubaccountInVatGlAccountsDto",
    "VatPutVatHeaderNoteByvendorCdtaxPeriodIdrevisionIdResponse200",
    "VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200",
    "VatQueryParameters",
    "VatRateLineDto",
    "VatRegistrationIdInPurchaseOrderBasicUpdateDto",
    "VatRegistrationIdInPurchaseOrderUpdateDto",
    "VatRegistrationIdInSalesOrderBasicUpdateDto",
    "VatRegistrationIdInSalesOrderUpdateDto",
    "VatZoneDto",
    "VatZoneInBranchDto",
    "VatZoneInCustomerDto",
    "VatZoneInEntryTypeDto",
    "VatZoneInExtendedOrganizationDto",
    "VatZoneInLocationDto",
    "VatZoneInSupplierDto",
    "VatZoneInSupplierLocationDto",
    "VatZoneQueryParameters",
    "VisibilityDto",
    "VisibilityInProjectBasicDto",
    "VisibilityInProjectDto",
    "VisibilityInTaskExtendedDto",
    "VisibilityUpdateDto",
    "VoidPaymentActionDto",
    "VoidPaymentActionDtoType",
    "VoidPaymentActionResultDto",
    "VoidPaymentActionResultDtoActionResult",
    "VoidPaymentActionResultDtoType",
    "VolumeUOMInPackagingUpdateDto",
    "WarehouseAddressDto",
    "WarehouseContactDto",
    "WarehouseDetailDto",
    "WarehouseDto",
    "WarehouseDtoAvgDefaultCost",
    "WarehouseDtoFifoDefaultCost",
    "WarehouseDtoLocationEntry",
    "WarehouseIdDescriptionDto",
    "WarehouseIdInPurchaseReceiptLineBasicUpdateDto",
    "WarehouseIdInPurchaseReceiptLineUpdateDto",
    "WarehouseInInventoryAdjustmentLineDto",
    "WarehouseInInventoryIssueLineDto",
    "WarehouseInInventoryReceiptLineDto",
    "WarehouseInInventorySummaryDto",
    "WarehouseInInventoryTransferDto",
    "WarehouseInPurchaseOrderDto",
    "WarehouseInPurchaseOrderLineDto",
    "WarehouseInPurchaseReceiptBasicDto",
    "WarehouseInPurchaseReceiptDto",
    "WarehouseInPurchaseReceiptLineDto",
    "WarehouseInShipmentDetailLineDto",
    "WarehouseInStocktakeLineDto",
    "WarehouseInStocktakeLineV2Dto",
    "WarehouseLocationDto",
    "WarehouseLocationDtoPrimaryItemValid",
    "WarehouseLocationUpdateDto",
    "WarehousePostBywarehouseIdResponse200",
    "WarehousePutBywarehouseIDlocationIdResponse200",
    "WarehouseQueryParameters",
    "WebhookNotificationFeedbackDto",
    "WebhookNotificationFeedbackPostResponse201",
    "WedInTimeCardMaterialsUpdateDto",
    "WedInTimeCardSummaryUpdateDto",
    "WeekInTimeCardDto",
    "WeekNumberDescriptionDto",
    "WeightUOMInPackagingUpdateDto",
    "WithoutWithVatDto",
    "WorkTypeDto",
    "WorkTypeDtoRutRotType",
    "WriteOffReasonCodeInPaymentLineDto",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from .account_description_dto import AccountDescriptionDto
    from .account_description_in_purchase_receipt_line_basic_update_dto import (
        AccountDescriptionInPurchaseReceiptLineBasicUpdateDto,
    )
    from .account_description_in_purchase_receipt_line_update_dto import (
        AccountDescriptionInPurchaseReceiptLineUpdateDto,
    )
    from .account_dto import AccountDto
    from .account_dto_type import AccountDtoType
    from .account_group_dto import AccountGroupDto
    from .account_group_in_project_transaction_line_dto import AccountGroupInProjectTransactionLineDto
    from .account_id_in_purchase_receipt_line_basic_update_dto import AccountIdInPurchaseReceiptLineBasicUpdateDto
    from .account_id_in_purchase_receipt_line_update_dto import AccountIdInPurchaseReceiptLineUpdateDto
    from .account_in_budget_dto import AccountInBudgetDto
    from .account_in_budget_dto_type import AccountInBudgetDtoType
    from .account_in_cash_sale_dto import AccountInCashSaleDto
    from .account_in_cash_sale_dto_type import AccountInCashSaleDtoType
    from .account_in_cash_sale_line_dto import AccountInCashSaleLineDto
    from .account_in_cash_sale_line_dto_type import AccountInCashSaleLineDtoType
    from .account_in_credit_note_dto import AccountInCreditNoteDto
    from .account_in_credit_note_dto_type import AccountInCreditNoteDtoType
    from .account_in_credit_note_line_dto import AccountInCreditNoteLineDto
    from .account_in_credit_note_line_dto_type import AccountInCreditNoteLineDtoType
    from .account_in_customer_credit_note_dto import AccountInCustomerCreditNoteDto
    from .account_in_customer_credit_note_dto_type import AccountInCustomerCreditNoteDtoType
    from .account_in_customer_credit_note_line_dto import AccountInCustomerCreditNoteLineDto
    from .account_in_customer_credit_note_line_dto_type import AccountInCustomerCreditNoteLineDtoType
    from .account_in_customer_credit_write_off_dto import AccountInCustomerCreditWriteOffDto
    from .account_in_customer_credit_write_off_dto_type import AccountInCustomerCreditWriteOffDtoType
    from .account_in_customer_debit_note_dto import AccountInCustomerDebitNoteDto
    from .account_in_customer_debit_note_dto_type import AccountInCustomerDebitNoteDtoType
    from .account_in_customer_debit_note_line_dto import AccountInCustomerDebitNoteLineDto
    from .account_in_customer_debit_note_line_dto_type import AccountInCustomerDebitNoteLineDtoType
    from .account_in_customer_document_dto import AccountInCustomerDocumentDto
    from .account_in_customer_document_dto_type import AccountInCustomerDocumentDtoType
    from .account_in_customer_invoice_dto import AccountInCustomerInvoiceDto
    from .account_in_customer_invoice_dto_type import AccountInCustomerInvoiceDtoType
    from .account_in_customer_invoice_line_dto import AccountInCustomerInvoiceLineDto
    from .account_in_customer_invoice_line_dto_type import AccountInCustomerInvoiceLineDtoType
    from .account_in_customer_overdue_charge_dto import AccountInCustomerOverdueChargeDto
    from .account_in_customer_overdue_charge_dto_type import AccountInCustomerOverdueChargeDtoType
    from .account_in_customer_overdue_charge_line_dto import AccountInCustomerOverdueChargeLineDto
    from .account_in_customer_overdue_charge_line_dto_type import AccountInCustomerOverdueChargeLineDtoType
    from .account_in_general_ledger_transaction_details_dto import AccountInGeneralLedgerTransactionDetailsDto
    from .account_in_general_ledger_transaction_details_dto_type import AccountInGeneralLedgerTransactionDetailsDtoType
    from .account_in_purchase_order_line_dto import AccountInPurchaseOrderLineDto
    from .account_in_purchase_receipt_line_dto import AccountInPurchaseReceiptLineDto
    from .account_in_supplier_document_dto import AccountInSupplierDocumentDto
    from .account_in_supplier_document_dto_type import AccountInSupplierDocumentDtoType
    from .account_in_supplier_invoice_line_dto import AccountInSupplierInvoiceLineDto
    from .account_in_supplier_invoice_line_dto_type import AccountInSupplierInvoiceLineDtoType
    from .account_information_in_inventory_dto import AccountInformationInInventoryDto
    from .account_number_description_dto import AccountNumberDescriptionDto
    from .account_number_description_dto_type import AccountNumberDescriptionDtoType
    from .account_number_dto import AccountNumberDto
    from .account_number_dto_type import AccountNumberDtoType
    from .account_number_in_prebooking_update_dto import AccountNumberInPrebookingUpdateDto
    from .account_number_type_description_dto import AccountNumberTypeDescriptionDto
    from .account_post_response_201 import AccountPostResponse201
    from .account_put_byaccount_cd_response_204 import AccountPutByaccountCdResponse204
    from .account_query_parameters import AccountQueryParameters
    from .account_update_dto import AccountUpdateDto
    from .accounts_in_fixed_asset_class_dto import AccountsInFixedAssetClassDto
    from .accounts_in_fixed_asset_dto import AccountsInFixedAssetDto
    from .accounts_in_fixed_asset_transaction_dto import AccountsInFixedAssetTransactionDto
    from .active_in_warehouse_location_update_dto import ActiveInWarehouseLocationUpdateDto
    from .active_multilanguage_dto import ActiveMultilanguageDto
    from .actual_account_id_in_purchase_receipt_line_basic_update_dto import (
        ActualAccountIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from .actual_account_id_in_purchase_receipt_line_update_dto import ActualAccountIdInPurchaseReceiptLineUpdateDto
    from .actual_account_in_purchase_receipt_line_dto import ActualAccountInPurchaseReceiptLineDto
    from .actual_sub_in_purchase_receipt_line_dto import ActualSubInPurchaseReceiptLineDto
    from .add_order_lines_to_purchase_receipt_action_result_dto import AddOrderLinesToPurchaseReceiptActionResultDto
    from .add_order_lines_to_purchase_receipt_action_result_dto_action_result import (
        AddOrderLinesToPurchaseReceiptActionResultDtoActionResult,
    )
    from .add_orders_to_purchase_receipt_action_result_dto import AddOrdersToPurchaseReceiptActionResultDto
    from .add_orders_to_purchase_receipt_action_result_dto_action_result import (
        AddOrdersToPurchaseReceiptActionResultDtoActionResult,
    )
    from .add_po_receipt_line_dto import AddPOReceiptLineDto
    from .add_purchase_order_dto import AddPurchaseOrderDto
    from .address_dto import AddressDto
    from .address_in_contact_dto import AddressInContactDto
    from .address_in_employee_dto import AddressInEmployeeDto
    from .address_in_employee_update_dto import AddressInEmployeeUpdateDto
    from .address_in_location_dto import AddressInLocationDto
    from .address_in_supplier_location_dto import AddressInSupplierLocationDto
    from .address_in_warehouse_dto import AddressInWarehouseDto
    from .address_update_dto import AddressUpdateDto
    from .allocation_rule_id_description_dto import AllocationRuleIdDescriptionDto
    from .allocation_rule_in_project_dto import AllocationRuleInProjectDto
    from .allocations_basic_dto import AllocationsBasicDto
    from .allocations_dto import AllocationsDto
    from .allocations_update_basic_dto import AllocationsUpdateBasicDto
    from .allocations_update_basic_dto_operation import AllocationsUpdateBasicDtoOperation
    from .allocations_update_dto import AllocationsUpdateDto
    from .allocations_update_dto_operation import AllocationsUpdateDtoOperation
    from .alternate_type_in_inventory_cross_reference_update_dto import AlternateTypeInInventoryCrossReferenceUpdateDto
    from .alternate_type_in_inventory_cross_reference_update_dto_value import (
        AlternateTypeInInventoryCrossReferenceUpdateDtoValue,
    )
    from .amount_in_purchase_receipt_line_basic_update_dto import AmountInPurchaseReceiptLineBasicUpdateDto
    from .amount_in_purchase_receipt_line_update_dto import AmountInPurchaseReceiptLineUpdateDto
    from .amount_in_supplier_invoice_landed_cost_update_dto import AmountInSupplierInvoiceLandedCostUpdateDto
    from .analisys_code_info_in_account_dto import AnalisysCodeInfoInAccountDto
    from .application_date_in_payment_update_dto import ApplicationDateInPaymentUpdateDto
    from .application_period_in_payment_update_dto import ApplicationPeriodInPaymentUpdateDto
    from .approval_details_dto import ApprovalDetailsDto
    from .approval_details_in_supplier_invoice_dto import ApprovalDetailsInSupplierInvoiceDto
    from .approval_details_update_dto import ApprovalDetailsUpdateDto
    from .ar_adjust_dto import ArAdjustDto
    from .arsp_commn_history_dto import ARSPCommnHistoryDto
    from .assembly_valid_in_warehouse_location_update_dto import AssemblyValidInWarehouseLocationUpdateDto
    from .attachment_dto import AttachmentDto
    from .attachment_get_byattachment_id_response_200 import AttachmentGetByattachmentIdResponse200
    from .attachment_metadata_update_dto import AttachmentMetadataUpdateDto
    from .attachment_metadata_update_dto_send_to_autoinvoice import AttachmentMetadataUpdateDtoSendToAutoinvoice
    from .attachment_put_byattachment_id_response_204 import AttachmentPutByattachmentIdResponse204
    from .attribute_delete_byattribute_id_response_204 import AttributeDeleteByattributeIdResponse204
    from .attribute_detail_dto import AttributeDetailDto
    from .attribute_detail_update_dto import AttributeDetailUpdateDto
    from .attribute_detail_update_dto_operation import AttributeDetailUpdateDtoOperation
    from .attribute_dto import AttributeDto
    from .attribute_dto_control_type import AttributeDtoControlType
    from .attribute_id_in_attribute_line_update_dto import AttributeIdInAttributeLineUpdateDto
    from .attribute_id_value_dto import AttributeIdValueDto
    from .attribute_line_update_dto import AttributeLineUpdateDto
    from .attribute_post_response_201 import AttributePostResponse201
    from .attribute_put_byattribute_id_response_204 import AttributePutByattributeIdResponse204
    from .attribute_query_parameters import AttributeQueryParameters
    from .attribute_update_dto import AttributeUpdateDto
    from .b_account_description_dto import BAccountDescriptionDto
    from .b_account_in_inventory_cross_reference_dto import BAccountInInventoryCrossReferenceDto
    from .baccount_id_in_location_update_dto import BaccountIdInLocationUpdateDto
    from .baccount_id_in_supplier_location_update_dto import BaccountIdInSupplierLocationUpdateDto
    from .baccount_in_location_dto import BaccountInLocationDto
    from .baccount_in_supplier_location_dto import BaccountInSupplierLocationDto
    from .background_api_accepted_dto import BackgroundApiAcceptedDto
    from .background_get_background_api_operation_content_byrequest_id_response_200 import (
        BackgroundGetBackgroundApiOperationContentByrequestIdResponse200,
    )
    from .background_request_state_dto import BackgroundRequestStateDto
    from .background_request_state_dto_response_headers import BackgroundRequestStateDtoResponseHeaders
    from .bank_address_1_in_bank_settings_update_dto import BankAddress1InBankSettingsUpdateDto
    from .bank_address_2_in_bank_settings_update_dto import BankAddress2InBankSettingsUpdateDto
    from .bank_address_3_in_bank_settings_update_dto import BankAddress3InBankSettingsUpdateDto
    from .bank_country_in_bank_settings_update_dto import BankCountryInBankSettingsUpdateDto
    from .bank_name_in_bank_settings_update_dto import BankNameInBankSettingsUpdateDto
    from .bank_settings_dto import BankSettingsDto
    from .bank_settings_in_branch_dto import BankSettingsInBranchDto
    from .bank_settings_in_extended_organization_dto import BankSettingsInExtendedOrganizationDto
    from .bank_settings_update_dto import BankSettingsUpdateDto
    from .bar_code_dto import BarCodeDto
    from .base_item_volume_in_packaging_update_dto import BaseItemVolumeInPackagingUpdateDto
    from .base_item_weight_in_packaging_update_dto import BaseItemWeightInPackagingUpdateDto
    from .base_pagination_dto_of_credit_term_dto import BasePaginationDtoOfCreditTermDto
    from .base_pagination_dto_of_discount_code_dto import BasePaginationDtoOfDiscountCodeDto
    from .base_pagination_dto_of_discount_dto import BasePaginationDtoOfDiscountDto
    from .base_pagination_dto_of_kit_assembly_dto import BasePaginationDtoOfKitAssemblyDto
    from .base_pagination_dto_of_kit_specification_dto import BasePaginationDtoOfKitSpecificationDto
    from .base_pagination_dto_of_sales_person_dto import BasePaginationDtoOfSalesPersonDto
    from .bba_n2_in_bank_settings_update_dto import BbaN2InBankSettingsUpdateDto
    from .bba_n3_in_bank_settings_update_dto import BbaN3InBankSettingsUpdateDto
    from .bban_in_bank_settings_update_dto import BbanInBankSettingsUpdateDto
    from .bic_in_bank_settings_update_dto import BicInBankSettingsUpdateDto
    from .billing_rule_id_description_dto import BillingRuleIdDescriptionDto
    from .billing_rule_in_project_dto import BillingRuleInProjectDto
    from .book_balance_dto import BookBalanceDto
    from .book_balance_in_fixed_asset_dto import BookBalanceInFixedAssetDto
    from .book_dto import BookDto
    from .book_in_book_balance_dto import BookInBookBalanceDto
    from .book_settings_in_fixed_asset_class_dto import BookSettingsInFixedAssetClassDto
    from .branch_by_id_query_parameters import BranchByIdQueryParameters
    from .branch_currency_dto import BranchCurrencyDto
    from .branch_dto import BranchDto
    from .branch_get_all_branches_order_by import BranchGetAllBranchesOrderBy
    from .branch_id_in_purchase_receipt_line_basic_update_dto import BranchIdInPurchaseReceiptLineBasicUpdateDto
    from .branch_id_in_purchase_receipt_line_update_dto import BranchIdInPurchaseReceiptLineUpdateDto
    from .branch_in_contract_usage_line_dto import BranchInContractUsageLineDto
    from .branch_in_customer_document_dto import BranchInCustomerDocumentDto
    from .branch_in_expense_claim_detail_dto import BranchInExpenseClaimDetailDto
    from .branch_in_expense_claim_detail_update_dto import BranchInExpenseClaimDetailUpdateDto
    from .branch_in_expense_receipt_dto import BranchInExpenseReceiptDto
    from .branch_in_financials_detail_dto import BranchInFinancialsDetailDto
    from .branch_in_general_ledger_transaction_details_dto import BranchInGeneralLedgerTransactionDetailsDto
    from .branch_in_numbering_sequence_dto import BranchInNumberingSequenceDto
    from .branch_in_project_dto import BranchInProjectDto
    from .branch_in_project_transaction_line_dto import BranchInProjectTransactionLineDto
    from .branch_in_project_update_dto import BranchInProjectUpdateDto
    from .branch_in_purchase_order_basic_dto import BranchInPurchaseOrderBasicDto
    from .branch_in_purchase_order_dto import BranchInPurchaseOrderDto
    from .branch_in_purchase_order_line_dto import BranchInPurchaseOrderLineDto
    from .branch_in_purchase_receipt_line_dto import BranchInPurchaseReceiptLineDto
    from .branch_in_supplier_document_dto import BranchInSupplierDocumentDto
    from .branch_in_supplier_invoice_line_update_dto import BranchInSupplierInvoiceLineUpdateDto
    from .branch_in_task_dto import BranchInTaskDto
    from .branch_in_task_extended_dto import BranchInTaskExtendedDto
    from .branch_in_transaction_detail_dto import BranchInTransactionDetailDto
    from .branch_in_warehouse_dto import BranchInWarehouseDto
    from .branch_number_dto import BranchNumberDto
    from .branch_number_in_budget_dto import BranchNumberInBudgetDto
    from .branch_number_in_cash_sale_dto import BranchNumberInCashSaleDto
    from .branch_number_in_cash_sale_line_dto import BranchNumberInCashSaleLineDto
    from .branch_number_in_credit_note_dto import BranchNumberInCreditNoteDto
    from .branch_number_in_credit_note_line_dto import BranchNumberInCreditNoteLineDto
    from .branch_number_in_customer_credit_note_dto import BranchNumberInCustomerCreditNoteDto
    from .branch_number_in_customer_credit_note_line_dto import BranchNumberInCustomerCreditNoteLineDto
    from .branch_number_in_customer_credit_write_off_dto import BranchNumberInCustomerCreditWriteOffDto
    from .branch_number_in_customer_debit_note_dto import BranchNumberInCustomerDebitNoteDto
    from .branch_number_in_customer_debit_note_line_dto import BranchNumberInCustomerDebitNoteLineDto
    from .branch_number_in_customer_document_dto import BranchNumberInCustomerDocumentDto
    from .branch_number_in_customer_invoice_dto import BranchNumberInCustomerInvoiceDto
    from .branch_number_in_customer_invoice_line_dto import BranchNumberInCustomerInvoiceLineDto
    from .branch_number_in_customer_overdue_charge_dto import BranchNumberInCustomerOverdueChargeDto
    from .branch_number_in_customer_overdue_charge_line_dto import BranchNumberInCustomerOverdueChargeLineDto
    from .branch_number_in_inventory_adjustment_dto import BranchNumberInInventoryAdjustmentDto
    from .branch_number_in_inventory_adjustment_update_dto import BranchNumberInInventoryAdjustmentUpdateDto
    from .branch_number_in_inventory_issue_dto import BranchNumberInInventoryIssueDto
    from .branch_number_in_inventory_issue_update_dto import BranchNumberInInventoryIssueUpdateDto
    from .branch_number_in_inventory_receipt_dto import BranchNumberInInventoryReceiptDto
    from .branch_number_in_inventory_receipt_update_dto import BranchNumberInInventoryReceiptUpdateDto
    from .branch_number_in_inventory_transfer_dto import BranchNumberInInventoryTransferDto
    from .branch_number_in_inventory_transfer_update_dto import BranchNumberInInventoryTransferUpdateDto
    from .branch_number_in_purchase_receipt_basic_dto import BranchNumberInPurchaseReceiptBasicDto
    from .branch_number_in_purchase_receipt_dto import BranchNumberInPurchaseReceiptDto
    from .branch_number_in_purchase_receipt_line_basic_update_dto import BranchNumberInPurchaseReceiptLineBasicUpdateDto
    from .branch_number_in_purchase_receipt_line_dto import BranchNumberInPurchaseReceiptLineDto
    from .branch_number_in_purchase_receipt_line_update_dto import BranchNumberInPurchaseReceiptLineUpdateDto
    from .branch_number_in_sales_order_basic_dto import BranchNumberInSalesOrderBasicDto
    from .branch_number_in_sales_order_dto import BranchNumberInSalesOrderDto
    from .branch_number_in_supplier_invoice_line_dto import BranchNumberInSupplierInvoiceLineDto
    from .branch_put_bank_settings_for_branch_bybranch_number_response_204 import (
        BranchPutBankSettingsForBranchBybranchNumberResponse204,
    )
    from .branch_query_parameters import BranchQueryParameters
    from .branch_query_parameters_order_by import BranchQueryParametersOrderBy
    from .budget_create_budget_response_201 import BudgetCreateBudgetResponse201
    from .budget_dto import BudgetDto
    from .budget_put_response_204 import BudgetPutResponse204
    from .budget_update_dto import BudgetUpdateDto
    from .business_account_in_entry_type_dto import BusinessAccountInEntryTypeDto
    from .business_account_in_entry_type_dto_type import BusinessAccountInEntryTypeDtoType
    from .cancel_sales_order_action_dto import CancelSalesOrderActionDto
    from .cancel_sales_order_action_result_dto import CancelSalesOrderActionResultDto
    from .cancel_sales_order_action_result_dto_action_result import CancelSalesOrderActionResultDtoActionResult
    from .carrier_description_dto import CarrierDescriptionDto
    from .carrier_dto import CarrierDto
    from .carrier_query_parameters import CarrierQueryParameters
    from .case_count_item_in_customer_contract_summary_dto import CaseCountItemInCustomerContractSummaryDto
    from .cash_account_dto import CashAccountDto
    from .cash_account_id_description_dto import CashAccountIdDescriptionDto
    from .cash_account_in_cash_transaction_dto import CashAccountInCashTransactionDto
    from .cash_account_in_customer_payment_method_dto import CashAccountInCustomerPaymentMethodDto
    from .cash_account_in_payment_update_dto import CashAccountInPaymentUpdateDto
    from .cash_account_query_parameters import CashAccountQueryParameters
    from .cash_sale_dto import CashSaleDto
    from .cash_sale_dto_document_type import CashSaleDtoDocumentType
    from .cash_sale_dto_status import CashSaleDtoStatus
    from .cash_sale_get_all_cash_sales_document_type import CashSaleGetAllCashSalesDocumentType
    from .cash_sale_get_all_cash_sales_status import CashSaleGetAllCashSalesStatus
    from .cash_sale_line_dto import CashSaleLineDto
    from .cash_sale_lines_update_dto import CashSaleLinesUpdateDto
    from .cash_sale_lines_update_dto_operation import CashSaleLinesUpdateDtoOperation
    from .cash_sale_post_response_201 import CashSalePostResponse201
    from .cash_sale_put_bydocument_number_response_204 import CashSalePutBydocumentNumberResponse204
    from .cash_sale_update_dto import CashSaleUpdateDto
    from .cash_tran_tax_detail_dto import CashTranTaxDetailDto
    from .cash_tran_tax_detail_dto_tax_type import CashTranTaxDetailDtoTaxType
    from .cash_transaction_create_cash_transaction_response_201 import CashTransactionCreateCashTransactionResponse201
    from .cash_transaction_detail_update_dto import CashTransactionDetailUpdateDto
    from .cash_transaction_detail_update_dto_operation import CashTransactionDetailUpdateDtoOperation
    from .cash_transaction_dto import CashTransactionDto
    from .cash_transaction_dto_disb_receipt import CashTransactionDtoDisbReceipt
    from .cash_transaction_dto_status import CashTransactionDtoStatus
    from .cash_transaction_dto_tran_type import CashTransactionDtoTranType
    from .cash_transaction_put_byreference_nbr_response_204 import CashTransactionPutByreferenceNbrResponse204
    from .cash_transaction_query_parameters import CashTransactionQueryParameters
    from .cash_transaction_tax_detail_update_dto import CashTransactionTaxDetailUpdateDto
    from .cash_transaction_update_dto import CashTransactionUpdateDto
    from .change_customer_cd_action_dto import ChangeCustomerCdActionDto
    from .change_customer_cd_action_result_dto import ChangeCustomerCdActionResultDto
    from .change_customer_cd_action_result_dto_action_result import ChangeCustomerCdActionResultDtoActionResult
    from .change_employee_nr_action_dto import ChangeEmployeeNrActionDto
    from .change_employee_nr_action_result_dto import ChangeEmployeeNrActionResultDto
    from .change_employee_nr_action_result_dto_action_result import ChangeEmployeeNrActionResultDtoActionResult
    from .change_inventory_nbr_action_dto import ChangeInventoryNbrActionDto
    from .change_inventory_nbr_action_result_dto import ChangeInventoryNbrActionResultDto
    from .change_inventory_nbr_action_result_dto_action_result import ChangeInventoryNbrActionResultDtoActionResult
    from .change_project_id_action_dto import ChangeProjectIdActionDto
    from .change_project_id_action_result_dto import ChangeProjectIdActionResultDto
    from .change_project_id_action_result_dto_action_result import ChangeProjectIdActionResultDtoActionResult
    from .child_record_dto import ChildRecordDto
    from .claim_detail_id_in_expense_claim_detail_update_dto import ClaimDetailIdInExpenseClaimDetailUpdateDto
    from .claimed_by_in_expense_claim_dto import ClaimedByInExpenseClaimDto
    from .claimed_by_in_expense_claim_update_dto import ClaimedByInExpenseClaimUpdateDto
    from .claimed_by_in_expense_receipt_dto import ClaimedByInExpenseReceiptDto
    from .claimed_by_in_expense_receipt_dto_status import ClaimedByInExpenseReceiptDtoStatus
    from .class_attribute_detail_dto import ClassAttributeDetailDto
    from .class_attribute_dto import ClassAttributeDto
    from .class_attribute_dto_attribute_type import ClassAttributeDtoAttributeType
    from .class_description_dto import ClassDescriptionDto
    from .cn8_in_intrastat_update_dto import CN8InIntrastatUpdateDto
    from .cogs_account_in_inventory_account_information_dto import CogsAccountInInventoryAccountInformationDto
    from .cogs_account_in_inventory_update_dto import CogsAccountInInventoryUpdateDto
    from .cogs_subaccount_in_inventory_account_information_dto import CogsSubaccountInInventoryAccountInformationDto
    from .company_tree_info_dto import CompanyTreeInfoDto
    from .company_tree_info_dto_operation import CompanyTreeInfoDtoOperation
    from .complete_po_line_in_purchase_receipt_line_basic_update_dto import (
        CompletePoLineInPurchaseReceiptLineBasicUpdateDto,
    )
    from .complete_po_line_in_purchase_receipt_line_update_dto import CompletePoLineInPurchaseReceiptLineUpdateDto
    from .confirm_shipment_action_result_dto import ConfirmShipmentActionResultDto
    from .confirm_shipment_action_result_dto_action_result import ConfirmShipmentActionResultDtoActionResult
    from .consol_branch_dto import ConsolBranchDto
    from .consol_branch_in_ledger_dto import ConsolBranchInLedgerDto
    from .contact_create_contact_response_201 import ContactCreateContactResponse201
    from .contact_dto import ContactDto
    from .contact_dto_contact_method import ContactDtoContactMethod
    from .contact_dto_title import ContactDtoTitle
    from .contact_id_name_dto import ContactIdNameDto
    from .contact_in_customer_credit_note_dto import ContactInCustomerCreditNoteDto
    from .contact_in_customer_debit_note_dto import ContactInCustomerDebitNoteDto
    from .contact_in_customer_invoice_dto import ContactInCustomerInvoiceDto
    from .contact_in_customer_overdue_charge_dto import ContactInCustomerOverdueChargeDto
    from .contact_in_employee_dto import ContactInEmployeeDto
    from .contact_in_employee_dto_title import ContactInEmployeeDtoTitle
    from .contact_in_employee_update_dto import ContactInEmployeeUpdateDto
    from .contact_in_location_dto import ContactInLocationDto
    from .contact_in_supplier_location_dto import ContactInSupplierLocationDto
    from .contact_in_warehouse_dto import ContactInWarehouseDto
    from .contact_info_dto import ContactInfoDto
    from .contact_info_update_dto import ContactInfoUpdateDto
    from .contact_put_bycontact_id_response_204 import ContactPutBycontactIdResponse204
    from .contact_query_parameters import ContactQueryParameters
    from .contact_update_dto import ContactUpdateDto
    from .contract_id_in_customer_contract_update_dto import ContractIdInCustomerContractUpdateDto
    from .contract_template_dto import ContractTemplateDto
    from .contract_template_id_description_dto import ContractTemplateIdDescriptionDto
    from .contract_template_in_customer_contract_dto import ContractTemplateInCustomerContractDto
    from .contract_template_in_customer_contract_update_dto import ContractTemplateInCustomerContractUpdateDto
    from .contract_template_query_parameters import ContractTemplateQueryParameters
    from .contract_usage_dto import ContractUsageDto
    from .contract_usage_line_dto import ContractUsageLineDto
    from .contract_usage_line_update_dto import ContractUsageLineUpdateDto
    from .contract_usage_line_update_dto_operation import ContractUsageLineUpdateDtoOperation
    from .contract_usage_put_bycontract_id_response_204 import ContractUsagePutBycontractIdResponse204
    from .contract_usage_query_parameters import ContractUsageQueryParameters
    from .contract_usage_update_dto import ContractUsageUpdateDto
    from .control_amount_in_inventory_issue_update_dto import ControlAmountInInventoryIssueUpdateDto
    from .control_cost_in_inventory_adjustment_update_dto import ControlCostInInventoryAdjustmentUpdateDto
    from .control_cost_in_inventory_receipt_update_dto import ControlCostInInventoryReceiptUpdateDto
    from .control_quantity_in_inventory_adjustment_update_dto import ControlQuantityInInventoryAdjustmentUpdateDto
    from .control_quantity_in_inventory_issue_update_dto import ControlQuantityInInventoryIssueUpdateDto
    from .control_quantity_in_inventory_receipt_update_dto import ControlQuantityInInventoryReceiptUpdateDto
    from .control_quantity_in_inventory_transfer_update_dto import ControlQuantityInInventoryTransferUpdateDto
    from .correct_ar_document_action_result_dto import CorrectArDocumentActionResultDto
    from .correct_ar_document_action_result_dto_action_result import CorrectArDocumentActionResultDtoActionResult
    from .correct_supplier_invoice_action_result_dto import CorrectSupplierInvoiceActionResultDto
    from .correct_supplier_invoice_action_result_dto_action_result import (
        CorrectSupplierInvoiceActionResultDtoActionResult,
    )
    from .cost_price_statistics_dto import CostPriceStatisticsDto
    from .cost_price_statistics_in_inventory_dto import CostPriceStatisticsInInventoryDto
    from .country_dto import CountryDto
    from .country_in_address_dto import CountryInAddressDto
    from .country_in_customer_document_address_dto import CountryInCustomerDocumentAddressDto
    from .country_in_purchase_order_address_dto import CountryInPurchaseOrderAddressDto
    from .country_in_sales_order_address_dto import CountryInSalesOrderAddressDto
    from .country_in_shipment_address_dto import CountryInShipmentAddressDto
    from .country_in_warehouse_address_dto import CountryInWarehouseAddressDto
    from .country_of_origin_in_intrastat_update_dto import CountryOfOriginInIntrastatUpdateDto
    from .country_query_parameters import CountryQueryParameters
    from .county_dto import CountyDto
    from .county_in_address_dto import CountyInAddressDto
    from .county_in_customer_document_address_dto import CountyInCustomerDocumentAddressDto
    from .county_in_purchase_order_address_dto import CountyInPurchaseOrderAddressDto
    from .county_in_sales_order_address_dto import CountyInSalesOrderAddressDto
    from .county_in_shipment_address_dto import CountyInShipmentAddressDto
    from .county_in_warehouse_address_dto import CountyInWarehouseAddressDto
    from .create_currency_rate_dto import CreateCurrencyRateDto
    from .create_currency_rate_type_dto import CreateCurrencyRateTypeDto
    from .create_dunning_letter_action_dto import CreateDunningLetterActionDto
    from .create_dunning_letter_action_result_dto import CreateDunningLetterActionResultDto
    from .create_dunning_letter_action_result_dto_action_result import CreateDunningLetterActionResultDtoActionResult
    from .create_purchase_order_action_dto import CreatePurchaseOrderActionDto
    from .create_shipment_action_dto import CreateShipmentActionDto
    from .create_shipment_action_result_dto import CreateShipmentActionResultDto
    from .create_shipment_action_result_dto_action_result import CreateShipmentActionResultDtoActionResult
    from .credit_account_group_in_project_transaction_line_dto import CreditAccountGroupInProjectTransactionLineDto
    from .credit_account_in_project_transaction_line_dto import CreditAccountInProjectTransactionLineDto
    from .credit_account_in_project_transaction_line_dto_type import CreditAccountInProjectTransactionLineDtoType
    from .credit_note_create_credit_note_response_201 import CreditNoteCreateCreditNoteResponse201
    from .credit_note_create_header_attachment_bycredit_note_number_response_201 import (
        CreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201,
    )
    from .credit_note_create_line_attachment_bycredit_note_numberline_number_response_201 import (
        CreditNoteCreateLineAttachmentBycreditNoteNumberlineNumberResponse201,
    )
    from .credit_note_dto import CreditNoteDto
    from .credit_note_dto_document_type import CreditNoteDtoDocumentType
    from .credit_note_dto_status import CreditNoteDtoStatus
    from .credit_note_get_all_credit_notes_dto_document_type import CreditNoteGetAllCreditNotesDtoDocumentType
    from .credit_note_get_all_credit_notes_dto_status import CreditNoteGetAllCreditNotesDtoStatus
    from .credit_note_line_dto import CreditNoteLineDto
    from .credit_note_line_update_dto import CreditNoteLineUpdateDto
    from .credit_note_line_update_dto_operation import CreditNoteLineUpdateDtoOperation
    from .credit_note_put_bycredit_note_number_response_204 import CreditNotePutBycreditNoteNumberResponse204
    from .credit_note_update_dto import CreditNoteUpdateDto
    from .credit_subaccount_in_project_transaction_line_dto import CreditSubaccountInProjectTransactionLineDto
    from .credit_term_dto import CreditTermDto
    from .credit_term_query_parameters import CreditTermQueryParameters
    from .credit_terms_dto import CreditTermsDto
    from .credit_terms_in_cash_sale_dto import CreditTermsInCashSaleDto
    from .credit_terms_in_customer_credit_note_dto import CreditTermsInCustomerCreditNoteDto
    from .credit_terms_in_customer_debit_note_dto import CreditTermsInCustomerDebitNoteDto
    from .credit_terms_in_customer_dto import CreditTermsInCustomerDto
    from .credit_terms_in_customer_invoice_dto import CreditTermsInCustomerInvoiceDto
    from .credit_terms_in_customer_overdue_charge_dto import CreditTermsInCustomerOverdueChargeDto
    from .credit_terms_in_supplier_dto import CreditTermsInSupplierDto
    from .credit_terms_in_supplier_invoice_dto import CreditTermsInSupplierInvoiceDto
    from .creditor_id_in_bank_settings_update_dto import CreditorIdInBankSettingsUpdateDto
    from .currency_dto import CurrencyDto
    from .currency_id_description_dto import CurrencyIdDescriptionDto
    from .currency_in_branch_dto import CurrencyInBranchDto
    from .currency_in_expense_receipt_dto import CurrencyInExpenseReceiptDto
    from .currency_in_extended_organization_dto import CurrencyInExtendedOrganizationDto
    from .currency_in_payment_update_dto import CurrencyInPaymentUpdateDto
    from .currency_in_supplier_payment_dto import CurrencyInSupplierPaymentDto
    from .currency_rate_dto import CurrencyRateDto
    from .currency_rate_parameters import CurrencyRateParameters
    from .currency_rate_post_currency_rate_response_200 import CurrencyRatePostCurrencyRateResponse200
    from .currency_rate_put_currency_rate_bycurrency_rate_id_response_200 import (
        CurrencyRatePutCurrencyRateBycurrencyRateIdResponse200,
    )
    from .currency_rate_type_dto import CurrencyRateTypeDto
    from .currency_rate_type_post_response_200 import CurrencyRateTypePostResponse200
    from .cust_sales_people_dto import CustSalesPeopleDto
    from .cust_sales_people_query_parameters import CustSalesPeopleQueryParameters
    from .cust_sales_people_update_dto import CustSalesPeopleUpdateDto
    from .cust_sales_people_update_dto_operation import CustSalesPeopleUpdateDtoOperation
    from .cust_sales_persons_dto import CustSalesPersonsDto
    from .custom_date_time_utc1_in_purchase_order_basic_update_dto import (
        CustomDateTimeUTC1InPurchaseOrderBasicUpdateDto,
    )
    from .custom_date_time_utc1_in_purchase_order_line_update_dto import CustomDateTimeUTC1InPurchaseOrderLineUpdateDto
    from .custom_date_time_utc1_in_purchase_order_update_dto import CustomDateTimeUTC1InPurchaseOrderUpdateDto
    from .custom_date_time_utc1_in_purchase_receipt_basic_update_dto import (
        CustomDateTimeUTC1InPurchaseReceiptBasicUpdateDto,
    )
    from .custom_date_time_utc1_in_purchase_receipt_line_basic_update_dto import (
        CustomDateTimeUTC1InPurchaseReceiptLineBasicUpdateDto,
    )
    from .custom_date_time_utc1_in_purchase_receipt_line_update_dto import (
        CustomDateTimeUTC1InPurchaseReceiptLineUpdateDto,
    )
    from .custom_date_time_utc1_in_purchase_receipt_update_dto import CustomDateTimeUTC1InPurchaseReceiptUpdateDto
    from .custom_date_time_utc1_in_shipment_create_dto import CustomDateTimeUTC1InShipmentCreateDto
    from .custom_date_time_utc1_in_shipment_detail_line_add_dto import CustomDateTimeUTC1InShipmentDetailLineAddDto
    from .custom_date_time_utc1_in_shipment_detail_line_update_dto import (
        CustomDateTimeUTC1InShipmentDetailLineUpdateDto,
    )
    from .custom_date_time_utc1_in_shipment_update_dto import CustomDateTimeUTC1InShipmentUpdateDto
    from .custom_dec_1_in_purchase_order_basic_update_dto import CustomDec1InPurchaseOrderBasicUpdateDto
    from .custom_dec_1_in_purchase_order_line_update_dto import CustomDec1InPurchaseOrderLineUpdateDto
    from .custom_dec_1_in_purchase_order_update_dto import CustomDec1InPurchaseOrderUpdateDto
    from .custom_dec_1_in_purchase_receipt_basic_update_dto import CustomDec1InPurchaseReceiptBasicUpdateDto
    from .custom_dec_1_in_purchase_receipt_line_basic_update_dto import CustomDec1InPurchaseReceiptLineBasicUpdateDto
    from .custom_dec_1_in_purchase_receipt_line_update_dto import CustomDec1InPurchaseReceiptLineUpdateDto
    from .custom_dec_1_in_purchase_receipt_update_dto import CustomDec1InPurchaseReceiptUpdateDto
    from .custom_dec_1_in_shipment_create_dto import CustomDec1InShipmentCreateDto
    from .custom_dec_1_in_shipment_detail_line_add_dto import CustomDec1InShipmentDetailLineAddDto
    from .custom_dec_1_in_shipment_detail_line_update_dto import CustomDec1InShipmentDetailLineUpdateDto
    from .custom_dec_1_in_shipment_update_dto import CustomDec1InShipmentUpdateDto
    from .custom_dec_2_in_purchase_order_basic_update_dto import CustomDec2InPurchaseOrderBasicUpdateDto
    from .custom_dec_2_in_purchase_order_line_update_dto import CustomDec2InPurchaseOrderLineUpdateDto
    from .custom_dec_2_in_purchase_order_update_dto import CustomDec2InPurchaseOrderUpdateDto
    from .custom_dec_2_in_purchase_receipt_basic_update_dto import CustomDec2InPurchaseReceiptBasicUpdateDto
    from .custom_dec_2_in_purchase_receipt_line_basic_update_dto import CustomDec2InPurchaseReceiptLineBasicUpdateDto
    from .custom_dec_2_in_purchase_receipt_line_update_dto import CustomDec2InPurchaseReceiptLineUpdateDto
    from .custom_dec_2_in_purchase_receipt_update_dto import CustomDec2InPurchaseReceiptUpdateDto
    from .custom_dec_2_in_shipment_create_dto import CustomDec2InShipmentCreateDto
    from .custom_dec_2_in_shipment_detail_line_add_dto import CustomDec2InShipmentDetailLineAddDto
    from .custom_dec_2_in_shipment_detail_line_update_dto import CustomDec2InShipmentDetailLineUpdateDto
    from .custom_dec_2_in_shipment_update_dto import CustomDec2InShipmentUpdateDto
    from .custom_int_1_in_purchase_order_basic_update_dto import CustomInt1InPurchaseOrderBasicUpdateDto
    from .custom_int_1_in_purchase_order_line_update_dto import CustomInt1InPurchaseOrderLineUpdateDto
    from .custom_int_1_in_purchase_order_update_dto import CustomInt1InPurchaseOrderUpdateDto
    from .custom_int_1_in_purchase_receipt_basic_update_dto import CustomInt1InPurchaseReceiptBasicUpdateDto
    from .custom_int_1_in_purchase_receipt_line_basic_update_dto import CustomInt1InPurchaseReceiptLineBasicUpdateDto
    from .custom_int_1_in_purchase_receipt_line_update_dto import CustomInt1InPurchaseReceiptLineUpdateDto
    from .custom_int_1_in_purchase_receipt_update_dto import CustomInt1InPurchaseReceiptUpdateDto
    from .custom_int_1_in_shipment_create_dto import CustomInt1InShipmentCreateDto
    from .custom_int_1_in_shipment_detail_line_add_dto import CustomInt1InShipmentDetailLineAddDto
    from .custom_int_1_in_shipment_detail_line_update_dto import CustomInt1InShipmentDetailLineUpdateDto
    from .custom_int_1_in_shipment_update_dto import CustomInt1InShipmentUpdateDto
    from .custom_int_2_in_purchase_order_basic_update_dto import CustomInt2InPurchaseOrderBasicUpdateDto
    from .custom_int_2_in_purchase_order_line_update_dto import CustomInt2InPurchaseOrderLineUpdateDto
    from .custom_int_2_in_purchase_order_update_dto import CustomInt2InPurchaseOrderUpdateDto
    from .custom_int_2_in_purchase_receipt_basic_update_dto import CustomInt2InPurchaseReceiptBasicUpdateDto
    from .custom_int_2_in_purchase_receipt_line_basic_update_dto import CustomInt2InPurchaseReceiptLineBasicUpdateDto
    from .custom_int_2_in_purchase_receipt_line_update_dto import CustomInt2InPurchaseReceiptLineUpdateDto
    from .custom_int_2_in_purchase_receipt_update_dto import CustomInt2InPurchaseReceiptUpdateDto
    from .custom_int_2_in_shipment_create_dto import CustomInt2InShipmentCreateDto
    from .custom_int_2_in_shipment_detail_line_add_dto import CustomInt2InShipmentDetailLineAddDto
    from .custom_int_2_in_shipment_detail_line_update_dto import CustomInt2InShipmentDetailLineUpdateDto
    from .custom_int_2_in_shipment_update_dto import CustomInt2InShipmentUpdateDto
    from .custom_str_1_in_purchase_order_basic_update_dto import CustomStr1InPurchaseOrderBasicUpdateDto
    from .custom_str_1_in_purchase_order_line_update_dto import CustomStr1InPurchaseOrderLineUpdateDto
    from .custom_str_1_in_purchase_order_update_dto import CustomStr1InPurchaseOrderUpdateDto
    from .custom_str_1_in_purchase_receipt_basic_update_dto import CustomStr1InPurchaseReceiptBasicUpdateDto
    from .custom_str_1_in_purchase_receipt_line_basic_update_dto import CustomStr1InPurchaseReceiptLineBasicUpdateDto
    from .custom_str_1_in_purchase_receipt_line_update_dto import CustomStr1InPurchaseReceiptLineUpdateDto
    from .custom_str_1_in_purchase_receipt_update_dto import CustomStr1InPurchaseReceiptUpdateDto
    from .custom_str_1_in_shipment_create_dto import CustomStr1InShipmentCreateDto
    from .custom_str_1_in_shipment_detail_line_add_dto import CustomStr1InShipmentDetailLineAddDto
    from .custom_str_1_in_shipment_detail_line_update_dto import CustomStr1InShipmentDetailLineUpdateDto
    from .custom_str_1_in_shipment_update_dto import CustomStr1InShipmentUpdateDto
    from .custom_str_2_in_purchase_order_basic_update_dto import CustomStr2InPurchaseOrderBasicUpdateDto
    from .custom_str_2_in_purchase_order_line_update_dto import CustomStr2InPurchaseOrderLineUpdateDto
    from .custom_str_2_in_purchase_order_update_dto import CustomStr2InPurchaseOrderUpdateDto
    from .custom_str_2_in_purchase_receipt_basic_update_dto import CustomStr2InPurchaseReceiptBasicUpdateDto
    from .custom_str_2_in_purchase_receipt_line_basic_update_dto import CustomStr2InPurchaseReceiptLineBasicUpdateDto
    from .custom_str_2_in_purchase_receipt_line_update_dto import CustomStr2InPurchaseReceiptLineUpdateDto
    from .custom_str_2_in_purchase_receipt_update_dto import CustomStr2InPurchaseReceiptUpdateDto
    from .custom_str_2_in_shipment_create_dto import CustomStr2InShipmentCreateDto
    from .custom_str_2_in_shipment_detail_line_add_dto import CustomStr2InShipmentDetailLineAddDto
    from .custom_str_2_in_shipment_detail_line_update_dto import CustomStr2InShipmentDetailLineUpdateDto
    from .custom_str_2_in_shipment_update_dto import CustomStr2InShipmentUpdateDto
    from .custom_str_3_in_purchase_order_basic_update_dto import CustomStr3InPurchaseOrderBasicUpdateDto
    from .custom_str_3_in_purchase_order_line_update_dto import CustomStr3InPurchaseOrderLineUpdateDto
    from .custom_str_3_in_purchase_order_update_dto import CustomStr3InPurchaseOrderUpdateDto
    from .custom_str_3_in_purchase_receipt_basic_update_dto import CustomStr3InPurchaseReceiptBasicUpdateDto
    from .custom_str_3_in_purchase_receipt_line_basic_update_dto import CustomStr3InPurchaseReceiptLineBasicUpdateDto
    from .custom_str_3_in_purchase_receipt_line_update_dto import CustomStr3InPurchaseReceiptLineUpdateDto
    from .custom_str_3_in_purchase_receipt_update_dto import CustomStr3InPurchaseReceiptUpdateDto
    from .custom_str_3_in_shipment_create_dto import CustomStr3InShipmentCreateDto
    from .custom_str_3_in_shipment_detail_line_add_dto import CustomStr3InShipmentDetailLineAddDto
    from .custom_str_3_in_shipment_detail_line_update_dto import CustomStr3InShipmentDetailLineUpdateDto
    from .custom_str_3_in_shipment_update_dto import CustomStr3InShipmentUpdateDto
    from .custom_str_4_in_purchase_order_basic_update_dto import CustomStr4InPurchaseOrderBasicUpdateDto
    from .custom_str_4_in_purchase_order_line_update_dto import CustomStr4InPurchaseOrderLineUpdateDto
    from .custom_str_4_in_purchase_order_update_dto import CustomStr4InPurchaseOrderUpdateDto
    from .custom_str_4_in_purchase_receipt_basic_update_dto import CustomStr4InPurchaseReceiptBasicUpdateDto
    from .custom_str_4_in_purchase_receipt_line_basic_update_dto import CustomStr4InPurchaseReceiptLineBasicUpdateDto
    from .custom_str_4_in_purchase_receipt_line_update_dto import CustomStr4InPurchaseReceiptLineUpdateDto
    from .custom_str_4_in_purchase_receipt_update_dto import CustomStr4InPurchaseReceiptUpdateDto
    from .custom_str_4_in_shipment_create_dto import CustomStr4InShipmentCreateDto
    from .custom_str_4_in_shipment_detail_line_add_dto import CustomStr4InShipmentDetailLineAddDto
    from .custom_str_4_in_shipment_detail_line_update_dto import CustomStr4InShipmentDetailLineUpdateDto
    from .custom_str_4_in_shipment_update_dto import CustomStr4InShipmentUpdateDto
    from .custom_str_5_in_purchase_order_basic_update_dto import CustomStr5InPurchaseOrderBasicUpdateDto
    from .custom_str_5_in_purchase_order_line_update_dto import CustomStr5InPurchaseOrderLineUpdateDto
    from .custom_str_5_in_purchase_order_update_dto import CustomStr5InPurchaseOrderUpdateDto
    from .custom_str_5_in_purchase_receipt_basic_update_dto import CustomStr5InPurchaseReceiptBasicUpdateDto
    from .custom_str_5_in_purchase_receipt_line_basic_update_dto import CustomStr5InPurchaseReceiptLineBasicUpdateDto
    from .custom_str_5_in_purchase_receipt_line_update_dto import CustomStr5InPurchaseReceiptLineUpdateDto
    from .custom_str_5_in_purchase_receipt_update_dto import CustomStr5InPurchaseReceiptUpdateDto
    from .custom_str_5_in_shipment_create_dto import CustomStr5InShipmentCreateDto
    from .custom_str_5_in_shipment_detail_line_add_dto import CustomStr5InShipmentDetailLineAddDto
    from .custom_str_5_in_shipment_detail_line_update_dto import CustomStr5InShipmentDetailLineUpdateDto
    from .custom_str_5_in_shipment_update_dto import CustomStr5InShipmentUpdateDto
    from .customer_balance_dto import CustomerBalanceDto
    from .customer_balance_query_parameters import CustomerBalanceQueryParameters
    from .customer_class_dto import CustomerClassDto
    from .customer_class_in_customer_dto import CustomerClassInCustomerDto
    from .customer_contract_activate_contract_bycontract_id_response_200 import (
        CustomerContractActivateContractBycontractIdResponse200,
    )
    from .customer_contract_activate_upgrade_bycontract_id_response_200 import (
        CustomerContractActivateUpgradeBycontractIdResponse200,
    )
    from .customer_contract_create_customer_contract_response_201 import (
        CustomerContractCreateCustomerContractResponse201,
    )
    from .customer_contract_details_dto import CustomerContractDetailsDto
    from .customer_contract_details_line_dto import CustomerContractDetailsLineDto
    from .customer_contract_details_line_dto_invoice_type import CustomerContractDetailsLineDtoInvoiceType
    from .customer_contract_details_update_dto import CustomerContractDetailsUpdateDto
    from .customer_contract_details_update_dto_operation import CustomerContractDetailsUpdateDtoOperation
    from .customer_contract_dto import CustomerContractDto
    from .customer_contract_dto_status import CustomerContractDtoStatus
    from .customer_contract_get_all_status import CustomerContractGetAllStatus
    from .customer_contract_put_bycontract_id_response_204 import CustomerContractPutBycontractIdResponse204
    from .customer_contract_query_parameters import CustomerContractQueryParameters
    from .customer_contract_query_parameters_status import CustomerContractQueryParametersStatus
    from .customer_contract_recurring_summary_dto import CustomerContractRecurringSummaryDto
    from .customer_contract_recurring_summary_line_dto import CustomerContractRecurringSummaryLineDto
    from .customer_contract_recurring_summary_line_dto_invoice_type import (
        CustomerContractRecurringSummaryLineDtoInvoiceType,
    )
    from .customer_contract_setup_and_activate_contract_bycontract_id_response_200 import (
        CustomerContractSetupAndActivateContractBycontractIdResponse200,
    )
    from .customer_contract_setup_contract_bycontract_id_response_200 import (
        CustomerContractSetupContractBycontractIdResponse200,
    )
    from .customer_contract_summary_dto import CustomerContractSummaryDto
    from .customer_contract_summary_dto_invoice_to import CustomerContractSummaryDtoInvoiceTo
    from .customer_contract_summary_dto_invoicing_period import CustomerContractSummaryDtoInvoicingPeriod
    from .customer_contract_terminate_contract_bycontract_id_response_200 import (
        CustomerContractTerminateContractBycontractIdResponse200,
    )
    from .customer_contract_update_dto import CustomerContractUpdateDto
    from .customer_contract_upgrade_contract_bycontract_id_response_200 import (
        CustomerContractUpgradeContractBycontractIdResponse200,
    )
    from .customer_credit_note_create_header_attachment_bycredit_note_number_response_201 import (
        CustomerCreditNoteCreateHeaderAttachmentBycreditNoteNumberResponse201,
    )
    from .customer_credit_note_create_line_attachment_bycredit_note_numberline_number_response_201 import (
        CustomerCreditNoteCreateLineAttachmentBycreditNoteNumberlineNumberResponse201,
    )
    from .customer_credit_note_create_response_201 import CustomerCreditNoteCreateResponse201
    from .customer_credit_note_delete_bycredit_note_number_response_204 import (
        CustomerCreditNoteDeleteBycreditNoteNumberResponse204,
    )
    from .customer_credit_note_dto import CustomerCreditNoteDto
    from .customer_credit_note_dto_document_type import CustomerCreditNoteDtoDocumentType
    from .customer_credit_note_dto_status import CustomerCreditNoteDtoStatus
    from .customer_credit_note_get_all_document_type import CustomerCreditNoteGetAllDocumentType
    from .customer_credit_note_get_all_status import CustomerCreditNoteGetAllStatus
    from .customer_credit_note_line_dto import CustomerCreditNoteLineDto
    from .customer_credit_note_line_dto_item_type import CustomerCreditNoteLineDtoItemType
    from .customer_credit_note_line_update_dto import CustomerCreditNoteLineUpdateDto
    from .customer_credit_note_line_update_dto_operation import CustomerCreditNoteLineUpdateDtoOperation
    from .customer_credit_note_print_bycredit_note_number_response_200 import (
        CustomerCreditNotePrintBycreditNoteNumberResponse200,
    )
    from .customer_credit_note_update_bycredit_note_number_response_204 import (
        CustomerCreditNoteUpdateBycreditNoteNumberResponse204,
    )
    from .customer_credit_note_update_dto import CustomerCreditNoteUpdateDto
    from .customer_credit_note_v2_create_response_201 import CustomerCreditNoteV2CreateResponse201
    from .customer_credit_write_off_dto import CustomerCreditWriteOffDto
    from .customer_credit_write_off_dto_document_type import CustomerCreditWriteOffDtoDocumentType
    from .customer_credit_write_off_dto_status import CustomerCreditWriteOffDtoStatus
    from .customer_credit_write_off_get_all_document_type import CustomerCreditWriteOffGetAllDocumentType
    from .customer_credit_write_off_get_all_status import CustomerCreditWriteOffGetAllStatus
    from .customer_debit_note_create_header_attachment_bydebit_note_number_response_201 import (
        CustomerDebitNoteCreateHeaderAttachmentBydebitNoteNumberResponse201,
    )
    from .customer_debit_note_create_line_attachment_bydebit_note_numberline_number_response_201 import (
        CustomerDebitNoteCreateLineAttachmentBydebitNoteNumberlineNumberResponse201,
    )
    from .customer_debit_note_create_response_201 import CustomerDebitNoteCreateResponse201
    from .customer_debit_note_dto import CustomerDebitNoteDto
    from .customer_debit_note_dto_document_type import CustomerDebitNoteDtoDocumentType
    from .customer_debit_note_dto_status import CustomerDebitNoteDtoStatus
    from .customer_debit_note_get_all_document_type import CustomerDebitNoteGetAllDocumentType
    from .customer_debit_note_get_all_status import CustomerDebitNoteGetAllStatus
    from .customer_debit_note_line_dto import CustomerDebitNoteLineDto
    from .customer_debit_note_line_dto_item_type import CustomerDebitNoteLineDtoItemType
    from .customer_debit_note_lines_update_dto import CustomerDebitNoteLinesUpdateDto
    from .customer_debit_note_lines_update_dto_operation import CustomerDebitNoteLinesUpdateDtoOperation
    from .customer_debit_note_print_bydebit_note_number_response_200 import (
        CustomerDebitNotePrintBydebitNoteNumberResponse200,
    )
    from .customer_debit_note_update_bydebit_note_number_response_204 import (
        CustomerDebitNoteUpdateBydebitNoteNumberResponse204,
    )
    from .customer_debit_note_update_dto import CustomerDebitNoteUpdateDto
    from .customer_debit_note_v2_create_response_201 import CustomerDebitNoteV2CreateResponse201
    from .customer_default_payment_method_update_dto import CustomerDefaultPaymentMethodUpdateDto
    from .customer_description_dto import CustomerDescriptionDto
    from .customer_direct_debit_dto import CustomerDirectDebitDto
    from .customer_direct_debit_update_dto import CustomerDirectDebitUpdateDto
    from .customer_direct_debit_update_dto_operation import CustomerDirectDebitUpdateDtoOperation
    from .customer_document_address_dto import CustomerDocumentAddressDto
    from .customer_document_contact_dto import CustomerDocumentContactDto
    from .customer_document_dto import CustomerDocumentDto
    from .customer_document_dto_document_type import CustomerDocumentDtoDocumentType
    from .customer_document_dto_status import CustomerDocumentDtoStatus
    from .customer_document_get_all_documents_document_type import CustomerDocumentGetAllDocumentsDocumentType
    from .customer_document_get_all_documents_status import CustomerDocumentGetAllDocumentsStatus
    from .customer_document_vat_zone_dto import CustomerDocumentVatZoneDto
    from .customer_dto import CustomerDto
    from .customer_dto_credit_verification import CustomerDtoCreditVerification
    from .customer_dto_statement_type import CustomerDtoStatementType
    from .customer_dto_status import CustomerDtoStatus
    from .customer_get_all_cash_sales_for_customer_bycustomer_number_document_type import (
        CustomerGetAllCashSalesForCustomerBycustomerNumberDocumentType,
    )
    from .customer_get_all_cash_sales_for_customer_bycustomer_number_status import (
        CustomerGetAllCashSalesForCustomerBycustomerNumberStatus,
    )
    from .customer_get_all_documents_for_customer_bycustomer_number_document_type import (
        CustomerGetAllDocumentsForCustomerBycustomerNumberDocumentType,
    )
    from .customer_get_all_documents_for_customer_bycustomer_number_status import (
        CustomerGetAllDocumentsForCustomerBycustomerNumberStatus,
    )
    from .customer_get_all_invoices_for_customer_bycustomer_number_document_type import (
        CustomerGetAllInvoicesForCustomerBycustomerNumberDocumentType,
    )
    from .customer_get_all_invoices_for_customer_bycustomer_number_status import (
        CustomerGetAllInvoicesForCustomerBycustomerNumberStatus,
    )
    from .customer_get_all_order_for_customer_bycustomer_cd_status import (
        CustomerGetAllOrderForCustomerBycustomerCdStatus,
    )
    from .customer_get_all_sales_order_basic_for_customer_bycustomer_cd_status import (
        CustomerGetAllSalesOrderBasicForCustomerBycustomerCdStatus,
    )
    from .customer_get_all_status import CustomerGetAllStatus
    from .customer_gl_accounts_dto import CustomerGlAccountsDto
    from .customer_gl_accounts_update_dto import CustomerGlAccountsUpdateDto
    from .customer_id_name_dto import CustomerIdNameDto
    from .customer_in_cash_sale_dto import CustomerInCashSaleDto
    from .customer_in_credit_note_dto import CustomerInCreditNoteDto
    from .customer_in_customer_contract_dto import CustomerInCustomerContractDto
    from .customer_in_customer_contract_update_dto import CustomerInCustomerContractUpdateDto
    from .customer_in_customer_credit_note_dto import CustomerInCustomerCreditNoteDto
    from .customer_in_customer_credit_write_off_dto import CustomerInCustomerCreditWriteOffDto
    from .customer_in_customer_debit_note_dto import CustomerInCustomerDebitNoteDto
    from .customer_in_customer_document_dto import CustomerInCustomerDocumentDto
    from .customer_in_customer_invoice_dto import CustomerInCustomerInvoiceDto
    from .customer_in_customer_overdue_charge_dto import CustomerInCustomerOverdueChargeDto
    from .customer_in_customer_payment_method_dto import CustomerInCustomerPaymentMethodDto
    from .customer_in_expense_claim_detail_dto import CustomerInExpenseClaimDetailDto
    from .customer_in_expense_claim_detail_update_dto import CustomerInExpenseClaimDetailUpdateDto
    from .customer_in_expense_claim_dto import CustomerInExpenseClaimDto
    from .customer_in_expense_claim_update_dto import CustomerInExpenseClaimUpdateDto
    from .customer_in_expense_receipt_dto import CustomerInExpenseReceiptDto
    from .customer_in_payment_dto import CustomerInPaymentDto
    from .customer_in_payment_update_dto import CustomerInPaymentUpdateDto
    from .customer_in_project_basic_dto import CustomerInProjectBasicDto
    from .customer_in_project_dto import CustomerInProjectDto
    from .customer_in_sales_order_basic_dto import CustomerInSalesOrderBasicDto
    from .customer_in_sales_order_basic_update_dto import CustomerInSalesOrderBasicUpdateDto
    from .customer_in_sales_order_dto import CustomerInSalesOrderDto
    from .customer_in_sales_order_update_dto import CustomerInSalesOrderUpdateDto
    from .customer_in_shipment_dto import CustomerInShipmentDto
    from .customer_invoice_create_header_attachment_byinvoice_number_response_201 import (
        CustomerInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201,
    )
    from .customer_invoice_create_line_attachment_byinvoice_numberline_number_response_201 import (
        CustomerInvoiceCreateLineAttachmentByinvoiceNumberlineNumberResponse201,
    )
    from .customer_invoice_create_response_201 import CustomerInvoiceCreateResponse201
    from .customer_invoice_delete_byinvoice_number_response_204 import CustomerInvoiceDeleteByinvoiceNumberResponse204
    from .customer_invoice_dto import CustomerInvoiceDto
    from .customer_invoice_dto_document_type import CustomerInvoiceDtoDocumentType
    from .customer_invoice_dto_status import CustomerInvoiceDtoStatus
    from .customer_invoice_get_all_document_type import CustomerInvoiceGetAllDocumentType
    from .customer_invoice_get_all_status import CustomerInvoiceGetAllStatus
    from .customer_invoice_line_dto import CustomerInvoiceLineDto
    from .customer_invoice_line_dto_item_type import CustomerInvoiceLineDtoItemType
    from .customer_invoice_lines_update_dto import CustomerInvoiceLinesUpdateDto
    from .customer_invoice_lines_update_dto_operation import CustomerInvoiceLinesUpdateDtoOperation
    from .customer_invoice_print_invoice_byref_nbr_response_200 import CustomerInvoicePrintInvoiceByrefNbrResponse200
    from .customer_invoice_reverse_invoice_and_apply_to_note_byinvoice_number_response_200 import (
        CustomerInvoiceReverseInvoiceAndApplyToNoteByinvoiceNumberResponse200,
    )
    from .customer_invoice_update_byinvoice_number_response_204 import CustomerInvoiceUpdateByinvoiceNumberResponse204
    from .customer_invoice_update_dto import CustomerInvoiceUpdateDto
    from .customer_invoice_v2_create_response_201 import CustomerInvoiceV2CreateResponse201
    from .customer_location_in_project_dto import CustomerLocationInProjectDto
    from .customer_number_dto import CustomerNumberDto
    from .customer_overdue_charge_create_header_attachment_byoverdue_charge_number_response_201 import (
        CustomerOverdueChargeCreateHeaderAttachmentByoverdueChargeNumberResponse201,
    )
    from .customer_overdue_charge_create_line_attachment_byoverdue_charge_numberline_number_response_201 import (
        CustomerOverdueChargeCreateLineAttachmentByoverdueChargeNumberlineNumberResponse201,
    )
    from .customer_overdue_charge_dto import CustomerOverdueChargeDto
    from .customer_overdue_charge_dto_document_type import CustomerOverdueChargeDtoDocumentType
    from .customer_overdue_charge_dto_status import CustomerOverdueChargeDtoStatus
    from .customer_overdue_charge_get_all_document_type import CustomerOverdueChargeGetAllDocumentType
    from .customer_overdue_charge_get_all_status import CustomerOverdueChargeGetAllStatus
    from .customer_overdue_charge_line_dto import CustomerOverdueChargeLineDto
    from .customer_overdue_charge_line_update_dto import CustomerOverdueChargeLineUpdateDto
    from .customer_overdue_charge_line_update_dto_operation import CustomerOverdueChargeLineUpdateDtoOperation
    from .customer_overdue_charge_update_byoverdue_charge_number_response_204 import (
        CustomerOverdueChargeUpdateByoverdueChargeNumberResponse204,
    )
    from .customer_overdue_charge_update_dto import CustomerOverdueChargeUpdateDto
    from .customer_payment_create_payment_response_201 import CustomerPaymentCreatePaymentResponse201
    from .customer_payment_get_all_payments_payment_type import CustomerPaymentGetAllPaymentsPaymentType
    from .customer_payment_get_all_payments_status import CustomerPaymentGetAllPaymentsStatus
    from .customer_payment_method_create_customer_payment_method_response_201 import (
        CustomerPaymentMethodCreateCustomerPaymentMethodResponse201,
    )
    from .customer_payment_method_create_dto import CustomerPaymentMethodCreateDto
    from .customer_payment_method_detail_dto import CustomerPaymentMethodDetailDto
    from .customer_payment_method_detail_update_dto import CustomerPaymentMethodDetailUpdateDto
    from .customer_payment_method_dto import CustomerPaymentMethodDto
    from .customer_payment_method_info_dto import CustomerPaymentMethodInfoDto
    from .customer_payment_method_query_parameters import CustomerPaymentMethodQueryParameters
    from .customer_payment_method_update_customer_payment_method_bycustomer_idcustomer_payment_method_id_response_204 import (
        CustomerPaymentMethodUpdateCustomerPaymentMethodBycustomerIdcustomerPaymentMethodIdResponse204,
    )
    from .customer_payment_method_update_dto import CustomerPaymentMethodUpdateDto
    from .customer_payment_methods_dto import CustomerPaymentMethodsDto
    from .customer_payment_put_bypayment_number_response_204 import CustomerPaymentPutBypaymentNumberResponse204
    from .customer_post_response_201 import CustomerPostResponse201
    from .customer_put_bycustomer_cd_response_204 import CustomerPutBycustomerCdResponse204
    from .customer_put_byinternal_id_response_204 import CustomerPutByinternalIdResponse204
    from .customer_query_parameters import CustomerQueryParameters
    from .customer_query_parameters_status import CustomerQueryParametersStatus
    from .customer_sales_price_dto import CustomerSalesPriceDto
    from .customer_sales_price_dto_price_type import CustomerSalesPriceDtoPriceType
    from .customer_sales_price_get_customer_sales_prices_price_type import (
        CustomerSalesPriceGetCustomerSalesPricesPriceType,
    )
    from .customer_sales_price_query_parameters import CustomerSalesPriceQueryParameters
    from .customer_sales_price_query_parameters_price_type import CustomerSalesPriceQueryParametersPriceType
    from .customer_update_dto import CustomerUpdateDto
    from .customer_vat_zone_in_customer_credit_note_dto import CustomerVatZoneInCustomerCreditNoteDto
    from .customer_vat_zone_in_customer_credit_write_off_dto import CustomerVatZoneInCustomerCreditWriteOffDto
    from .customer_vat_zone_in_customer_debit_note_dto import CustomerVatZoneInCustomerDebitNoteDto
    from .customer_vat_zone_in_customer_invoice_dto import CustomerVatZoneInCustomerInvoiceDto
    from .customer_vat_zone_in_customer_overdue_charge_dto import CustomerVatZoneInCustomerOverdueChargeDto
    from .customer_vat_zone_in_sales_order_dto import CustomerVATZoneInSalesOrderDto
    from .customer_vendor_in_project_transaction_line_dto import CustomerVendorInProjectTransactionLineDto
    from .date_in_expense_claim_detail_update_dto import DateInExpenseClaimDetailUpdateDto
    from .date_in_expense_claim_update_dto import DateInExpenseClaimUpdateDto
    from .date_in_inventory_adjustment_update_dto import DateInInventoryAdjustmentUpdateDto
    from .date_in_inventory_issue_update_dto import DateInInventoryIssueUpdateDto
    from .date_in_inventory_receipt_update_dto import DateInInventoryReceiptUpdateDto
    from .date_in_inventory_transfer_update_dto import DateInInventoryTransferUpdateDto
    from .days_effective_in_create_currency_rate_type_dto import DaysEffectiveInCreateCurrencyRateTypeDto
    from .debit_account_group_in_project_transaction_line_dto import DebitAccountGroupInProjectTransactionLineDto
    from .debit_account_in_project_transaction_line_dto import DebitAccountInProjectTransactionLineDto
    from .debit_account_in_project_transaction_line_dto_type import DebitAccountInProjectTransactionLineDtoType
    from .debit_subaccount_in_project_transaction_line_dto import DebitSubaccountInProjectTransactionLineDto
    from .debt_collection_dto import DebtCollectionDto
    from .debt_collection_in_customer_invoice_dto import DebtCollectionInCustomerInvoiceDto
    from .def_account_in_project_dto import DefAccountInProjectDto
    from .def_account_in_task_extended_dto import DefAccountInTaskExtendedDto
    from .def_accrual_account_in_project_dto import DefAccrualAccountInProjectDto
    from .def_accrual_account_in_task_extended_dto import DefAccrualAccountInTaskExtendedDto
    from .def_accrual_sub_in_project_dto import DefAccrualSubInProjectDto
    from .def_accrual_sub_in_task_extended_dto import DefAccrualSubInTaskExtendedDto
    from .def_sub_in_project_dto import DefSubInProjectDto
    from .def_sub_in_task_extended_dto import DefSubInTaskExtendedDto
    from .default_country_in_branch_dto import DefaultCountryInBranchDto
    from .default_country_in_extended_organization_dto import DefaultCountryInExtendedOrganizationDto
    from .default_issue_from_dto import DefaultIssueFromDto
    from .default_issue_from_in_inventory_dto import DefaultIssueFromInInventoryDto
    from .default_issue_from_in_inventory_update_dto import DefaultIssueFromInInventoryUpdateDto
    from .default_non_stock_item_in_vat_information_dto import DefaultNonStockItemInVatInformationDto
    from .default_offset_account_branch_in_entry_type_dto import DefaultOffsetAccountBranchInEntryTypeDto
    from .default_offset_account_in_entry_type_dto import DefaultOffsetAccountInEntryTypeDto
    from .default_offset_account_in_entry_type_dto_type import DefaultOffsetAccountInEntryTypeDtoType
    from .default_offset_subaccount_in_entry_type_dto import DefaultOffsetSubaccountInEntryTypeDto
    from .default_price_in_inventory_update_dto import DefaultPriceInInventoryUpdateDto
    from .default_receipt_to_dto import DefaultReceiptToDto
    from .default_receipt_to_in_inventory_dto import DefaultReceiptToInInventoryDto
    from .default_receipt_to_in_inventory_update_dto import DefaultReceiptToInInventoryUpdateDto
    from .default_warehouse_dto import DefaultWarehouseDto
    from .default_warehouse_in_inventory_dto import DefaultWarehouseInInventoryDto
    from .default_warehouse_in_inventory_update_dto import DefaultWarehouseInInventoryUpdateDto
    from .deferral_account_in_deferral_code_dto import DeferralAccountInDeferralCodeDto
    from .deferral_code_dto import DeferralCodeDto
    from .deferral_code_dto_code_type import DeferralCodeDtoCodeType
    from .deferral_code_dto_recognition_method import DeferralCodeDtoRecognitionMethod
    from .deferral_code_query_parameters import DeferralCodeQueryParameters
    from .deferral_sub_in_deferral_code_dto import DeferralSubInDeferralCodeDto
    from .delivery_address_in_branch_dto import DeliveryAddressInBranchDto
    from .delivery_address_in_customer_dto import DeliveryAddressInCustomerDto
    from .delivery_address_in_extended_organization_dto import DeliveryAddressInExtendedOrganizationDto
    from .delivery_address_in_shipment_dto import DeliveryAddressInShipmentDto
    from .delivery_contact_in_branch_dto import DeliveryContactInBranchDto
    from .delivery_contact_in_customer_dto import DeliveryContactInCustomerDto
    from .delivery_contact_in_extended_organization_dto import DeliveryContactInExtendedOrganizationDto
    from .delivery_contact_in_shipment_dto import DeliveryContactInShipmentDto
    from .department_create_department_response_201 import DepartmentCreateDepartmentResponse201
    from .department_dto import DepartmentDto
    from .department_id_description_dto import DepartmentIdDescriptionDto
    from .department_in_employee_update_dto import DepartmentInEmployeeUpdateDto
    from .department_in_expense_claim_dto import DepartmentInExpenseClaimDto
    from .department_query_parameters import DepartmentQueryParameters
    from .department_update_base_dto import DepartmentUpdateBaseDto
    from .department_update_department_bydepartment_id_response_204 import (
        DepartmentUpdateDepartmentBydepartmentIdResponse204,
    )
    from .description_in_create_currency_rate_type_dto import DescriptionInCreateCurrencyRateTypeDto
    from .description_in_expense_claim_detail_update_dto import DescriptionInExpenseClaimDetailUpdateDto
    from .description_in_expense_claim_update_dto import DescriptionInExpenseClaimUpdateDto
    from .description_in_inventory_adjustment_update_dto import DescriptionInInventoryAdjustmentUpdateDto
    from .description_in_inventory_issue_update_dto import DescriptionInInventoryIssueUpdateDto
    from .description_in_inventory_receipt_update_dto import DescriptionInInventoryReceiptUpdateDto
    from .description_in_inventory_transfer_update_dto import DescriptionInInventoryTransferUpdateDto
    from .description_in_project_update_dto import DescriptionInProjectUpdateDto
    from .description_in_supplier_invoice_landed_cost_update_dto import DescriptionInSupplierInvoiceLandedCostUpdateDto
    from .description_in_time_card_materials_update_dto import DescriptionInTimeCardMaterialsUpdateDto
    from .description_in_time_card_summary_update_dto import DescriptionInTimeCardSummaryUpdateDto
    from .description_in_warehouse_location_update_dto import DescriptionInWarehouseLocationUpdateDto
    from .details_dto import DetailsDto
    from .details_dto_property_type import DetailsDtoPropertyType
    from .details_dto_status import DetailsDtoStatus
    from .details_in_customer_contract_dto import DetailsInCustomerContractDto
    from .details_in_fixed_asset_dto import DetailsInFixedAssetDto
    from .details_in_fixed_asset_dto_property_type import DetailsInFixedAssetDtoPropertyType
    from .details_in_fixed_asset_dto_status import DetailsInFixedAssetDtoStatus
    from .dimension_query_parameters import DimensionQueryParameters
    from .dimension_update_segment_bydimension_idsegment_id_response_204 import (
        DimensionUpdateSegmentBydimensionIdsegmentIdResponse204,
    )
    from .direct_debit_mandate_dto import DirectDebitMandateDto
    from .discount_amount_in_purchase_receipt_line_basic_update_dto import (
        DiscountAmountInPurchaseReceiptLineBasicUpdateDto,
    )
    from .discount_amount_in_purchase_receipt_line_update_dto import DiscountAmountInPurchaseReceiptLineUpdateDto
    from .discount_branch_dto import DiscountBranchDto
    from .discount_breakpoint_dto import DiscountBreakpointDto
    from .discount_breakpoint_update_dto import DiscountBreakpointUpdateDto
    from .discount_breakpoint_update_dto_operation import DiscountBreakpointUpdateDtoOperation
    from .discount_code_dto import DiscountCodeDto
    from .discount_code_id_in_purchase_receipt_line_basic_update_dto import (
        DiscountCodeIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from .discount_code_id_in_purchase_receipt_line_update_dto import DiscountCodeIdInPurchaseReceiptLineUpdateDto
    from .discount_code_in_purchase_order_line_dto import DiscountCodeInPurchaseOrderLineDto
    from .discount_code_in_purchase_receipt_line_dto import DiscountCodeInPurchaseReceiptLineDto
    from .discount_code_number_description_dto import DiscountCodeNumberDescriptionDto
    from .discount_code_query_parameters import DiscountCodeQueryParameters
    from .discount_customer_2_dto import DiscountCustomer2Dto
    from .discount_customer_price_class_dto import DiscountCustomerPriceClassDto
    from .discount_delete_bydiscount_codeseries_response_200 import DiscountDeleteBydiscountCodeseriesResponse200
    from .discount_detail_dto import DiscountDetailDto
    from .discount_detail_dto_type import DiscountDetailDtoType
    from .discount_detail_update_dto import DiscountDetailUpdateDto
    from .discount_detail_update_dto_operation import DiscountDetailUpdateDtoOperation
    from .discount_dto import DiscountDto
    from .discount_item_dto import DiscountItemDto
    from .discount_item_price_class_dto import DiscountItemPriceClassDto
    from .discount_percent_in_purchase_receipt_line_basic_update_dto import (
        DiscountPercentInPurchaseReceiptLineBasicUpdateDto,
    )
    from .discount_percent_in_purchase_receipt_line_update_dto import DiscountPercentInPurchaseReceiptLineUpdateDto
    from .discount_post_response_200 import DiscountPostResponse200
    from .discount_put_bydiscount_codeseries_response_200 import DiscountPutBydiscountCodeseriesResponse200
    from .discount_query_parameters import DiscountQueryParameters
    from .discount_update_dto import DiscountUpdateDto
    from .discount_warehouse_dto import DiscountWarehouseDto
    from .disposal_method_dto import DisposalMethodDto
    from .disposal_method_in_details_dto import DisposalMethodInDetailsDto
    from .document_query_parameters import DocumentQueryParameters
    from .document_query_parameters_document_type import DocumentQueryParametersDocumentType
    from .document_query_parameters_status import DocumentQueryParametersStatus
    from .drop_ship_location_in_warehouse_dto import DropShipLocationInWarehouseDto
    from .dto_dimension import DtoDimension
    from .dto_segment import DtoSegment
    from .dto_segment_update_dto import DtoSegmentUpdateDto
    from .dto_segment_value import DtoSegmentValue
    from .dto_segment_value_update_dto_base import DtoSegmentValueUpdateDtoBase
    from .dto_segment_value_update_dto_base_operation import DtoSegmentValueUpdateDtoBaseOperation
    from .dto_value_of_account_types import DtoValueOfAccountTypes
    from .dto_value_of_account_types_value import DtoValueOfAccountTypesValue
    from .dto_value_of_account_used_for_payment import DtoValueOfAccountUsedForPayment
    from .dto_value_of_account_used_for_payment_value import DtoValueOfAccountUsedForPaymentValue
    from .dto_value_of_address_update_dto import DtoValueOfAddressUpdateDto
    from .dto_value_of_attribute_control_type import DtoValueOfAttributeControlType
    from .dto_value_of_attribute_control_type_value import DtoValueOfAttributeControlTypeValue
    from .dto_value_of_boolean import DtoValueOfBoolean
    from .dto_value_of_contact_info_update_dto import DtoValueOfContactInfoUpdateDto
    from .dto_value_of_contact_methods import DtoValueOfContactMethods
    from .dto_value_of_contact_methods_value import DtoValueOfContactMethodsValue
    from .dto_value_of_credit_rule import DtoValueOfCreditRule
    from .dto_value_of_credit_rule_value import DtoValueOfCreditRuleValue
    from .dto_value_of_currency_mult_div import DtoValueOfCurrencyMultDiv
    from .dto_value_of_currency_mult_div_value import DtoValueOfCurrencyMultDivValue
    from .dto_value_of_customer_default_payment_method_update_dto import DtoValueOfCustomerDefaultPaymentMethodUpdateDto
    from .dto_value_of_customer_document_types import DtoValueOfCustomerDocumentTypes
    from .dto_value_of_customer_document_types_value import DtoValueOfCustomerDocumentTypesValue
    from .dto_value_of_customer_gl_accounts_update_dto import DtoValueOfCustomerGlAccountsUpdateDto
    from .dto_value_of_customer_status import DtoValueOfCustomerStatus
    from .dto_value_of_customer_status_value import DtoValueOfCustomerStatusValue
    from .dto_value_of_date_time import DtoValueOfDateTime
    from .dto_value_of_decimal import DtoValueOfDecimal
    from .dto_value_of_e_invoice_contract_update_dto import DtoValueOfEInvoiceContractUpdateDto
    from .dto_value_of_employee_titles import DtoValueOfEmployeeTitles
    from .dto_value_of_employee_titles_value import DtoValueOfEmployeeTitlesValue
    from .dto_value_of_int_16 import DtoValueOfInt16
    from .dto_value_of_int_32 import DtoValueOfInt32
    from .dto_value_of_int_64 import DtoValueOfInt64
    from .dto_value_of_inventory_cross_reference_alternate_types import DtoValueOfInventoryCrossReferenceAlternateTypes
    from .dto_value_of_inventory_cross_reference_alternate_types_value import (
        DtoValueOfInventoryCrossReferenceAlternateTypesValue,
    )
    from .dto_value_of_inventory_status import DtoValueOfInventoryStatus
    from .dto_value_of_inventory_status_value import DtoValueOfInventoryStatusValue
    from .dto_value_of_inventory_type import DtoValueOfInventoryType
    from .dto_value_of_inventory_type_value import DtoValueOfInventoryTypeValue
    from .dto_value_of_nullable_of_billing_period import DtoValueOfNullableOfBillingPeriod
    from .dto_value_of_nullable_of_billing_period_value import DtoValueOfNullableOfBillingPeriodValue
    from .dto_value_of_nullable_of_boolean import DtoValueOfNullableOfBoolean
    from .dto_value_of_nullable_of_date_time import DtoValueOfNullableOfDateTime
    from .dto_value_of_nullable_of_decimal import DtoValueOfNullableOfDecimal
    from .dto_value_of_nullable_of_employee_status import DtoValueOfNullableOfEmployeeStatus
    from .dto_value_of_nullable_of_employee_status_value import DtoValueOfNullableOfEmployeeStatusValue
    from .dto_value_of_nullable_of_guid import DtoValueOfNullableOfGuid
    from .dto_value_of_nullable_of_int_16 import DtoValueOfNullableOfInt16
    from .dto_value_of_nullable_of_int_32 import DtoValueOfNullableOfInt32
    from .dto_value_of_nullable_of_inventory_replenishment_sources import (
        DtoValueOfNullableOfInventoryReplenishmentSources,
    )
    from .dto_value_of_nullable_of_inventory_replenishment_sources_value import (
        DtoValueOfNullableOfInventoryReplenishmentSourcesValue,
    )
    from .dto_value_of_nullable_of_inventory_transaction_type import DtoValueOfNullableOfInventoryTransactionType
    from .dto_value_of_nullable_of_inventory_transaction_type_value import (
        DtoValueOfNullableOfInventoryTransactionTypeValue,
    )
    from .dto_value_of_nullable_of_invoice_to_type import DtoValueOfNullableOfInvoiceToType
    from .dto_value_of_nullable_of_invoice_to_type_value import DtoValueOfNullableOfInvoiceToTypeValue
    from .dto_value_of_nullable_of_journal_transaction_module import DtoValueOfNullableOfJournalTransactionModule
    from .dto_value_of_nullable_of_journal_transaction_module_value import (
        DtoValueOfNullableOfJournalTransactionModuleValue,
    )
    from .dto_value_of_nullable_of_payment_types import DtoValueOfNullableOfPaymentTypes
    from .dto_value_of_nullable_of_payment_types_value import DtoValueOfNullableOfPaymentTypesValue
    from .dto_value_of_nullable_of_po_line_type import DtoValueOfNullableOfPoLineType
    from .dto_value_of_nullable_of_po_line_type_value import DtoValueOfNullableOfPoLineTypeValue
    from .dto_value_of_nullable_of_po_shipping_destination_type import DtoValueOfNullableOfPOShippingDestinationType
    from .dto_value_of_nullable_of_po_shipping_destination_type_value import (
        DtoValueOfNullableOfPOShippingDestinationTypeValue,
    )
    from .dto_value_of_nullable_of_primary_item_valid import DtoValueOfNullableOfPrimaryItemValid
    from .dto_value_of_nullable_of_primary_item_valid_value import DtoValueOfNullableOfPrimaryItemValidValue
    from .dto_value_of_nullable_of_proj_task_status import DtoValueOfNullableOfProjTaskStatus
    from .dto_value_of_nullable_of_proj_task_status_value import DtoValueOfNullableOfProjTaskStatusValue
    from .dto_value_of_nullable_of_project_status import DtoValueOfNullableOfProjectStatus
    from .dto_value_of_nullable_of_project_status_value import DtoValueOfNullableOfProjectStatusValue
    from .dto_value_of_nullable_of_project_transaction_status import DtoValueOfNullableOfProjectTransactionStatus
    from .dto_value_of_nullable_of_project_transaction_status_value import (
        DtoValueOfNullableOfProjectTransactionStatusValue,
    )
    from .dto_value_of_nullable_of_purchase_order_receipt_action import DtoValueOfNullableOfPurchaseOrderReceiptAction
    from .dto_value_of_nullable_of_purchase_order_receipt_action_value import (
        DtoValueOfNullableOfPurchaseOrderReceiptActionValue,
    )
    from .dto_value_of_nullable_of_purchase_order_type import DtoValueOfNullableOfPurchaseOrderType
    from .dto_value_of_nullable_of_purchase_order_type_value import DtoValueOfNullableOfPurchaseOrderTypeValue
    from .dto_value_of_nullable_of_rut_rot_item_types import DtoValueOfNullableOfRutRotItemTypes
    from .dto_value_of_nullable_of_rut_rot_item_types_value import DtoValueOfNullableOfRutRotItemTypesValue
    from .dto_value_of_nullable_of_rut_rot_types import DtoValueOfNullableOfRutRotTypes
    from .dto_value_of_nullable_of_rut_rot_types_value import DtoValueOfNullableOfRutRotTypesValue
    from .dto_value_of_nullable_of_sales_order_operations import DtoValueOfNullableOfSalesOrderOperations
    from .dto_value_of_nullable_of_sales_order_operations_value import DtoValueOfNullableOfSalesOrderOperationsValue
    from .dto_value_of_nullable_of_sales_order_ship_complete_statuses import (
        DtoValueOfNullableOfSalesOrderShipCompleteStatuses,
    )
    from .dto_value_of_nullable_of_sales_order_ship_complete_statuses_value import (
        DtoValueOfNullableOfSalesOrderShipCompleteStatusesValue,
    )
    from .dto_value_of_nullable_of_sales_order_types import DtoValueOfNullableOfSalesOrderTypes
    from .dto_value_of_nullable_of_sales_order_types_value import DtoValueOfNullableOfSalesOrderTypesValue
    from .dto_value_of_nullable_of_shipment_operations import DtoValueOfNullableOfShipmentOperations
    from .dto_value_of_nullable_of_shipment_operations_value import DtoValueOfNullableOfShipmentOperationsValue
    from .dto_value_of_nullable_of_shipment_types import DtoValueOfNullableOfShipmentTypes
    from .dto_value_of_nullable_of_shipment_types_value import DtoValueOfNullableOfShipmentTypesValue
    from .dto_value_of_nullable_of_supplier_document_type import DtoValueOfNullableOfSupplierDocumentType
    from .dto_value_of_nullable_of_supplier_document_type_value import DtoValueOfNullableOfSupplierDocumentTypeValue
    from .dto_value_of_nullable_of_supplier_invoice_types import DtoValueOfNullableOfSupplierInvoiceTypes
    from .dto_value_of_nullable_of_supplier_invoice_types_value import DtoValueOfNullableOfSupplierInvoiceTypesValue
    from .dto_value_of_nullable_of_supplier_payment_types import DtoValueOfNullableOfSupplierPaymentTypes
    from .dto_value_of_nullable_of_supplier_payment_types_value import DtoValueOfNullableOfSupplierPaymentTypesValue
    from .dto_value_of_nullable_of_tax_calc_mode import DtoValueOfNullableOfTaxCalcMode
    from .dto_value_of_nullable_of_tax_calc_mode_value import DtoValueOfNullableOfTaxCalcModeValue
    from .dto_value_of_nullable_of_transportation_modes import DtoValueOfNullableOfTransportationModes
    from .dto_value_of_nullable_of_transportation_modes_value import DtoValueOfNullableOfTransportationModesValue
    from .dto_value_of_payment_by import DtoValueOfPaymentBy
    from .dto_value_of_payment_by_value import DtoValueOfPaymentByValue
    from .dto_value_of_peppol_scheme_update_dto import DtoValueOfPeppolSchemeUpdateDto
    from .dto_value_of_purchase_order_address_update_dto import DtoValueOfPurchaseOrderAddressUpdateDto
    from .dto_value_of_purchase_order_contact_update_dto import DtoValueOfPurchaseOrderContactUpdateDto
    from .dto_value_of_purchase_receipt_type import DtoValueOfPurchaseReceiptType
    from .dto_value_of_purchase_receipt_type_value import DtoValueOfPurchaseReceiptTypeValue
    from .dto_value_of_sales_invoice_address_update_dto import DtoValueOfSalesInvoiceAddressUpdateDto
    from .dto_value_of_sales_invoice_contact_update_dto import DtoValueOfSalesInvoiceContactUpdateDto
    from .dto_value_of_sales_order_address_update_dto import DtoValueOfSalesOrderAddressUpdateDto
    from .dto_value_of_sales_order_contact_update_dto import DtoValueOfSalesOrderContactUpdateDto
    from .dto_value_of_statement_types import DtoValueOfStatementTypes
    from .dto_value_of_statement_types_value import DtoValueOfStatementTypesValue
    from .dto_value_of_string import DtoValueOfString
    from .dto_value_of_supplier_charge_bearer import DtoValueOfSupplierChargeBearer
    from .dto_value_of_supplier_charge_bearer_value import DtoValueOfSupplierChargeBearerValue
    from .dto_value_of_supplier_gl_accounts_update_dto import DtoValueOfSupplierGlAccountsUpdateDto
    from .dto_value_of_supplier_status import DtoValueOfSupplierStatus
    from .dto_value_of_supplier_status_value import DtoValueOfSupplierStatusValue
    from .e_invoice_contract_dto import EInvoiceContractDto
    from .e_invoice_contract_in_customer_dto import EInvoiceContractInCustomerDto
    from .e_invoice_contract_update_dto import EInvoiceContractUpdateDto
    from .earning_type_dto import EarningTypeDto
    from .earning_type_in_project_transaction_line_dto import EarningTypeInProjectTransactionLineDto
    from .earning_type_in_time_card_summary_dto import EarningTypeInTimeCardSummaryDto
    from .earning_type_in_time_card_summary_update_dto import EarningTypeInTimeCardSummaryUpdateDto
    from .earning_type_query_parameters import EarningTypeQueryParameters
    from .effective_date_in_create_currency_rate_dto import EffectiveDateInCreateCurrencyRateDto
    from .employee_class_in_employee_dto import EmployeeClassInEmployeeDto
    from .employee_contact_dto import EmployeeContactDto
    from .employee_contact_dto_title import EmployeeContactDtoTitle
    from .employee_contact_update_dto import EmployeeContactUpdateDto
    from .employee_create_dto import EmployeeCreateDTO
    from .employee_create_employee_response_200 import EmployeeCreateEmployeeResponse200
    from .employee_description_dto import EmployeeDescriptionDto
    from .employee_dto import EmployeeDto
    from .employee_dto_status import EmployeeDtoStatus
    from .employee_get_employee_expense_claims_byemployee_cd_status import (
        EmployeeGetEmployeeExpenseClaimsByemployeeCdStatus,
    )
    from .employee_get_employee_expense_receipts_byemployee_cd_status import (
        EmployeeGetEmployeeExpenseReceiptsByemployeeCdStatus,
    )
    from .employee_get_employee_time_cards_byemployee_cd_status import EmployeeGetEmployeeTimeCardsByemployeeCdStatus
    from .employee_get_employee_time_cards_byemployee_cd_type import EmployeeGetEmployeeTimeCardsByemployeeCdType
    from .employee_in_project_transaction_line_dto import EmployeeInProjectTransactionLineDto
    from .employee_in_project_transaction_line_dto_status import EmployeeInProjectTransactionLineDtoStatus
    from .employee_in_time_card_dto import EmployeeInTimeCardDto
    from .employee_number_name_dto import EmployeeNumberNameDto
    from .employee_part_in_expense_claim_detail_update_dto import EmployeePartInExpenseClaimDetailUpdateDto
    from .employee_put_byemployee_cd_response_204 import EmployeePutByemployeeCdResponse204
    from .employee_query_parameters import EmployeeQueryParameters
    from .employee_time_card_query_parameters import EmployeeTimeCardQueryParameters
    from .employee_time_card_query_parameters_status import EmployeeTimeCardQueryParametersStatus
    from .employee_time_card_query_parameters_type import EmployeeTimeCardQueryParametersType
    from .employee_update_dto import EmployeeUpdateDto
    from .entry_type_dto import EntryTypeDto
    from .entry_type_dto_disable_receipt import EntryTypeDtoDisableReceipt
    from .entry_type_dto_tax_calculation_mode import EntryTypeDtoTaxCalculationMode
    from .entry_type_id_description_dto import EntryTypeIdDescriptionDto
    from .entry_type_in_cash_transaction_dto import EntryTypeInCashTransactionDto
    from .expense_account_import_in_supplier_gl_accounts_dto import ExpenseAccountImportInSupplierGlAccountsDto
    from .expense_account_in_department_dto import ExpenseAccountInDepartmentDto
    from .expense_account_in_department_dto_type import ExpenseAccountInDepartmentDtoType
    from .expense_account_in_expense_claim_detail_dto import ExpenseAccountInExpenseClaimDetailDto
    from .expense_account_in_expense_claim_detail_dto_type import ExpenseAccountInExpenseClaimDetailDtoType
    from .expense_account_in_expense_claim_detail_update_dto import ExpenseAccountInExpenseClaimDetailUpdateDto
    from .expense_account_in_expense_receipt_dto import ExpenseAccountInExpenseReceiptDto
    from .expense_account_in_inventory_account_information_dto import ExpenseAccountInInventoryAccountInformationDto
    from .expense_account_in_inventory_update_dto import ExpenseAccountInInventoryUpdateDto
    from .expense_account_in_supplier_gl_accounts_dto import ExpenseAccountInSupplierGlAccountsDto
    from .expense_account_non_tax_in_supplier_gl_accounts_dto import ExpenseAccountNonTaxInSupplierGlAccountsDto
    from .expense_accrual_account_in_inventory_account_information_dto import (
        ExpenseAccrualAccountInInventoryAccountInformationDto,
    )
    from .expense_accrual_account_in_inventory_update_dto import ExpenseAccrualAccountInInventoryUpdateDto
    from .expense_claim_create_expense_claim_response_201 import ExpenseClaimCreateExpenseClaimResponse201
    from .expense_claim_delete_byexpense_claim_nbr_response_204 import ExpenseClaimDeleteByexpenseClaimNbrResponse204
    from .expense_claim_detail_dto import ExpenseClaimDetailDto
    from .expense_claim_detail_dto_approval_status import ExpenseClaimDetailDtoApprovalStatus
    from .expense_claim_detail_update_dto import ExpenseClaimDetailUpdateDto
    from .expense_claim_detail_update_dto_operation import ExpenseClaimDetailUpdateDtoOperation
    from .expense_claim_dto import ExpenseClaimDto
    from .expense_claim_dto_approval_status import ExpenseClaimDtoApprovalStatus
    from .expense_claim_dto_status import ExpenseClaimDtoStatus
    from .expense_claim_get_all_status import ExpenseClaimGetAllStatus
    from .expense_claim_in_expense_receipt_dto import ExpenseClaimInExpenseReceiptDto
    from .expense_claim_number_description_dto import ExpenseClaimNumberDescriptionDto
    from .expense_claim_put_byexpense_claim_nbr_response_204 import ExpenseClaimPutByexpenseClaimNbrResponse204
    from .expense_claim_query_parameters import ExpenseClaimQueryParameters
    from .expense_claim_query_parameters_status import ExpenseClaimQueryParametersStatus
    from .expense_claim_update_dto import ExpenseClaimUpdateDto
    from .expense_claim_update_dto_customer_update_answer import ExpenseClaimUpdateDtoCustomerUpdateAnswer
    from .expense_eu_account_in_inventory_account_information_dto import (
        ExpenseEuAccountInInventoryAccountInformationDto,
    )
    from .expense_eu_account_in_supplier_gl_accounts_dto import ExpenseEUAccountInSupplierGlAccountsDto
    from .expense_import_account_in_inventory_account_information_dto import (
        ExpenseImportAccountInInventoryAccountInformationDto,
    )
    from .expense_item_in_expense_claim_detail_dto import ExpenseItemInExpenseClaimDetailDto
    from .expense_item_in_expense_claim_detail_update_dto import ExpenseItemInExpenseClaimDetailUpdateDto
    from .expense_non_taxable_account_in_inventory_account_information_dto import (
        ExpenseNonTaxableAccountInInventoryAccountInformationDto,
    )
    from .expense_receipt_create_attachment_byreceipt_number_response_201 import (
        ExpenseReceiptCreateAttachmentByreceiptNumberResponse201,
    )
    from .expense_receipt_delete_byreceipt_number_response_204 import ExpenseReceiptDeleteByreceiptNumberResponse204
    from .expense_receipt_dto import ExpenseReceiptDto
    from .expense_receipt_dto_status import ExpenseReceiptDtoStatus
    from .expense_receipt_get_all_status import ExpenseReceiptGetAllStatus
    from .expense_receipt_post_response_201 import ExpenseReceiptPostResponse201
    from .expense_receipt_put_byreceipt_number_response_204 import ExpenseReceiptPutByreceiptNumberResponse204
    from .expense_receipt_query_parameters import ExpenseReceiptQueryParameters
    from .expense_receipt_query_parameters_status import ExpenseReceiptQueryParametersStatus
    from .expense_receipt_update_dto import ExpenseReceiptUpdateDto
    from .expense_sub_in_expense_receipt_dto import ExpenseSubInExpenseReceiptDto
    from .expense_subaccount_in_department_dto import ExpenseSubaccountInDepartmentDto
    from .expense_subaccount_in_expense_claim_detail_dto import ExpenseSubaccountInExpenseClaimDetailDto
    from .expense_subaccount_in_inventory_account_information_dto import (
        ExpenseSubaccountInInventoryAccountInformationDto,
    )
    from .expense_subaccount_in_supplier_gl_accounts_dto import ExpenseSubaccountInSupplierGlAccountsDto
    from .expiration_date_in_allocations_update_dto import ExpirationDateInAllocationsUpdateDto
    from .expiration_date_in_purchase_receipt_line_basic_update_dto import (
        ExpirationDateInPurchaseReceiptLineBasicUpdateDto,
    )
    from .expiration_date_in_purchase_receipt_line_update_dto import ExpirationDateInPurchaseReceiptLineUpdateDto
    from .expiration_date_in_shipment_detail_line_update_dto import ExpirationDateInShipmentDetailLineUpdateDto
    from .ext_cost_in_purchase_receipt_line_basic_update_dto import ExtCostInPurchaseReceiptLineBasicUpdateDto
    from .ext_cost_in_purchase_receipt_line_update_dto import ExtCostInPurchaseReceiptLineUpdateDto
    from .extended_organization_dto import ExtendedOrganizationDto
    from .external_code_1_info_in_account_dto import ExternalCode1InfoInAccountDto
    from .external_code_2_info_in_account_dto import ExternalCode2InfoInAccountDto
    from .external_code_number_description_dto import ExternalCodeNumberDescriptionDto
    from .external_reference_in_inventory_adjustment_update_dto import ExternalReferenceInInventoryAdjustmentUpdateDto
    from .external_reference_in_inventory_issue_update_dto import ExternalReferenceInInventoryIssueUpdateDto
    from .external_reference_in_inventory_receipt_update_dto import ExternalReferenceInInventoryReceiptUpdateDto
    from .external_reference_in_inventory_transfer_update_dto import ExternalReferenceInInventoryTransferUpdateDto
    from .finanacial_period_in_cash_transaction_update_dto import FinanacialPeriodInCashTransactionUpdateDto
    from .financial_details_in_payment_dto import FinancialDetailsInPaymentDto
    from .financial_period_amount_dto import FinancialPeriodAmountDto
    from .financial_period_amount_update_dto import FinancialPeriodAmountUpdateDto
    from .financial_period_amount_update_dto_operation import FinancialPeriodAmountUpdateDtoOperation
    from .financial_period_dto import FinancialPeriodDto
    from .financial_period_in_cash_sale_update_dto import FinancialPeriodInCashSaleUpdateDto
    from .financial_period_in_cash_transaction_update_dto import FinancialPeriodInCashTransactionUpdateDto
    from .financial_period_in_credit_note_update_dto import FinancialPeriodInCreditNoteUpdateDto
    from .financial_period_in_customer_credit_note_update_dto import FinancialPeriodInCustomerCreditNoteUpdateDto
    from .financial_period_in_customer_debit_note_update_dto import FinancialPeriodInCustomerDebitNoteUpdateDto
    from .financial_period_in_customer_invoice_update_dto import FinancialPeriodInCustomerInvoiceUpdateDto
    from .financial_period_in_customer_overdue_charge_update_dto import FinancialPeriodInCustomerOverdueChargeUpdateDto
    from .financial_period_in_journal_transaction_update_dto import FinancialPeriodInJournalTransactionUpdateDto
    from .financial_period_in_supplier_invoice_update_dto import FinancialPeriodInSupplierInvoiceUpdateDto
    from .financial_period_query_parameters import FinancialPeriodQueryParameters
    from .financials_detail_dto import FinancialsDetailDto
    from .financials_detail_dto_tax_calc_mode import FinancialsDetailDtoTaxCalcMode
    from .financials_detail_in_cash_transaction_dto import FinancialsDetailInCashTransactionDto
    from .financials_detail_in_cash_transaction_dto_tax_calc_mode import FinancialsDetailInCashTransactionDtoTaxCalcMode
    from .first_time_startup_dto import FirstTimeStartupDto
    from .fixed_asset_accounts_dto import FixedAssetAccountsDto
    from .fixed_asset_book_settings_dto import FixedAssetBookSettingsDto
    from .fixed_asset_class_dto import FixedAssetClassDto
    from .fixed_asset_class_query_parameters import FixedAssetClassQueryParameters
    from .fixed_asset_dto import FixedAssetDto
    from .fixed_asset_get_all_status import FixedAssetGetAllStatus
    from .fixed_asset_location_dto import FixedAssetLocationDto
    from .fixed_asset_property_tax_details_dto import FixedAssetPropertyTaxDetailsDto
    from .fixed_asset_property_tax_dto import FixedAssetPropertyTaxDto
    from .fixed_asset_property_tax_query_parameters import FixedAssetPropertyTaxQueryParameters
    from .fixed_asset_query_parameters import FixedAssetQueryParameters
    from .fixed_asset_query_parameters_status import FixedAssetQueryParametersStatus
    from .fixed_asset_register_dto import FixedAssetRegisterDto
    from .fixed_asset_register_dto_status import FixedAssetRegisterDtoStatus
    from .fixed_asset_transaction_accounts_dto import FixedAssetTransactionAccountsDto
    from .fixed_asset_transaction_dto import FixedAssetTransactionDto
    from .fixed_asset_transaction_dto_origin import FixedAssetTransactionDtoOrigin
    from .fixed_asset_transaction_dto_transaction_type import FixedAssetTransactionDtoTransactionType
    from .fixed_asset_transaction_get_all_status import FixedAssetTransactionGetAllStatus
    from .fixed_asset_transaction_get_all_transaction_type import FixedAssetTransactionGetAllTransactionType
    from .fixed_asset_transaction_query_parameters import FixedAssetTransactionQueryParameters
    from .fixed_asset_transaction_query_parameters_status import FixedAssetTransactionQueryParametersStatus
    from .fixed_asset_transaction_query_parameters_transaction_type import (
        FixedAssetTransactionQueryParametersTransactionType,
    )
    from .fob_point_description_dto import FOBPointDescriptionDto
    from .fob_point_in_sales_order_dto import FobPointInSalesOrderDto
    from .fob_point_in_shipment_dto import FobPointInShipmentDto
    from .fri_in_time_card_materials_update_dto import FriInTimeCardMaterialsUpdateDto
    from .fri_in_time_card_summary_update_dto import FriInTimeCardSummaryUpdateDto
    from .from_currency_id_in_create_currency_rate_dto import FromCurrencyIdInCreateCurrencyRateDto
    from .from_warehouse_in_shipment_dto import FromWarehouseInShipmentDto
    from .general_ledger_balance_dto import GeneralLedgerBalanceDto
    from .general_ledger_balance_dto_balance_type import GeneralLedgerBalanceDtoBalanceType
    from .general_ledger_balance_v2_get_general_ledger_balances_balance_type import (
        GeneralLedgerBalanceV2GetGeneralLedgerBalancesBalanceType,
    )
    from .general_ledger_budget_query_parameters import GeneralLedgerBudgetQueryParameters
    from .general_ledger_period_balance_query_parameters import GeneralLedgerPeriodBalanceQueryParameters
    from .general_ledger_period_balance_query_parameters_balance_type import (
        GeneralLedgerPeriodBalanceQueryParametersBalanceType,
    )
    from .general_ledger_transaction_details_dto import GeneralLedgerTransactionDetailsDto
    from .general_ledger_transactions_query_parameters import GeneralLedgerTransactionsQueryParameters
    from .gl_accounts_in_customer_dto import GlAccountsInCustomerDto
    from .gl_accounts_in_supplier_dto import GlAccountsInSupplierDto
    from .gl_accounts_in_vat_information_dto import GlAccountsInVatInformationDto
    from .gln_in_purchase_order_basic_update_dto import GlnInPurchaseOrderBasicUpdateDto
    from .gln_in_purchase_order_update_dto import GlnInPurchaseOrderUpdateDto
    from .gln_in_sales_order_basic_update_dto import GlnInSalesOrderBasicUpdateDto
    from .gln_in_sales_order_update_dto import GlnInSalesOrderUpdateDto
    from .hold_in_inventory_adjustment_update_dto import HoldInInventoryAdjustmentUpdateDto
    from .hold_in_inventory_issue_update_dto import HoldInInventoryIssueUpdateDto
    from .hold_in_inventory_receipt_update_dto import HoldInInventoryReceiptUpdateDto
    from .hold_in_inventory_transfer_update_dto import HoldInInventoryTransferUpdateDto
    from .hold_in_payment_update_dto import HoldInPaymentUpdateDto
    from .iban_in_bank_settings_update_dto import IbanInBankSettingsUpdateDto
    from .id_description_dto_of_string import IdDescriptionDtoOfString
    from .id_in_create_currency_rate_type_dto import IdInCreateCurrencyRateTypeDto
    from .image_in_expense_receipt_dto import ImageInExpenseReceiptDto
    from .in_allocations_dto import INAllocationsDto
    from .in_allocations_update_dto import INAllocationsUpdateDto
    from .in_allocations_update_dto_operation import INAllocationsUpdateDtoOperation
    from .incl_qty_avail_in_warehouse_location_update_dto import InclQtyAvailInWarehouseLocationUpdateDto
    from .industry_code_dto import IndustryCodeDto
    from .industry_code_in_branch_dto import IndustryCodeInBranchDto
    from .industry_code_in_extended_organization_dto import IndustryCodeInExtendedOrganizationDto
    from .instalment_schedule import InstalmentSchedule
    from .intrastat_dto import IntrastatDto
    from .intrastat_in_inventory_dto import IntrastatInInventoryDto
    from .intrastat_update_dto import IntrastatUpdateDto
    from .inventory_account_in_inventory_account_information_dto import InventoryAccountInInventoryAccountInformationDto
    from .inventory_account_in_inventory_update_dto import InventoryAccountInInventoryUpdateDto
    from .inventory_account_information_dto import InventoryAccountInformationDto
    from .inventory_adjustment_dto import InventoryAdjustmentDto
    from .inventory_adjustment_dto_status import InventoryAdjustmentDtoStatus
    from .inventory_adjustment_get_all_status import InventoryAdjustmentGetAllStatus
    from .inventory_adjustment_line_dto import InventoryAdjustmentLineDto
    from .inventory_adjustment_line_update_dto import InventoryAdjustmentLineUpdateDto
    from .inventory_adjustment_line_update_dto_operation import InventoryAdjustmentLineUpdateDtoOperation
    from .inventory_adjustment_post_response_201 import InventoryAdjustmentPostResponse201
    from .inventory_adjustment_put_byinventory_adjustment_number_response_204 import (
        InventoryAdjustmentPutByinventoryAdjustmentNumberResponse204,
    )
    from .inventory_adjustment_update_dto import InventoryAdjustmentUpdateDto
    from .inventory_create_inventory_attachment_byinventory_number_response_201 import (
        InventoryCreateInventoryAttachmentByinventoryNumberResponse201,
    )
    from .inventory_create_inventory_cross_references_byinventory_number_response_200 import (
        InventoryCreateInventoryCrossReferencesByinventoryNumberResponse200,
    )
    from .inventory_cross_reference_dto import InventoryCrossReferenceDto
    from .inventory_cross_reference_dto_alternate_type import InventoryCrossReferenceDtoAlternateType
    from .inventory_cross_reference_update_dto import InventoryCrossReferenceUpdateDto
    from .inventory_document_query_parameters import InventoryDocumentQueryParameters
    from .inventory_document_query_parameters_status import InventoryDocumentQueryParametersStatus
    from .inventory_dto import InventoryDto
    from .inventory_dto_status import InventoryDtoStatus
    from .inventory_dto_type import InventoryDtoType
    from .inventory_get_all_status import InventoryGetAllStatus
    from .inventory_id_in_project_transaction_line_dto import InventoryIdInProjectTransactionLineDto
    from .inventory_id_in_purchase_receipt_line_basic_update_dto import InventoryIdInPurchaseReceiptLineBasicUpdateDto
    from .inventory_id_in_purchase_receipt_line_update_dto import InventoryIdInPurchaseReceiptLineUpdateDto
    from .inventory_id_in_sales_order_basic_line_update_dto import InventoryIdInSalesOrderBasicLineUpdateDto
    from .inventory_id_in_sales_order_line_update_dto import InventoryIdInSalesOrderLineUpdateDto
    from .inventory_id_in_supplier_invoice_landed_cost_update_dto import InventoryIdInSupplierInvoiceLandedCostUpdateDto
    from .inventory_id_name_description_dto import InventoryIdNameDescriptionDto
    from .inventory_id_name_dto import InventoryIdNameDto
    from .inventory_in_inventory_summary_dto import InventoryInInventorySummaryDto
    from .inventory_in_purchase_order_line_dto import InventoryInPurchaseOrderLineDto
    from .inventory_in_stocktake_line_dto import InventoryInStocktakeLineDto
    from .inventory_in_stocktake_line_v2_dto import InventoryInStocktakeLineV2Dto
    from .inventory_issue_dto import InventoryIssueDto
    from .inventory_issue_dto_status import InventoryIssueDtoStatus
    from .inventory_issue_get_all_status import InventoryIssueGetAllStatus
    from .inventory_issue_line_dto import InventoryIssueLineDto
    from .inventory_issue_line_dto_transaction_type import InventoryIssueLineDtoTransactionType
    from .inventory_issue_line_update_dto import InventoryIssueLineUpdateDto
    from .inventory_issue_line_update_dto_operation import InventoryIssueLineUpdateDtoOperation
    from .inventory_issue_post_response_201 import InventoryIssuePostResponse201
    from .inventory_issue_put_byinventory_issue_number_response_204 import (
        InventoryIssuePutByinventoryIssueNumberResponse204,
    )
    from .inventory_issue_update_dto import InventoryIssueUpdateDto
    from .inventory_item_in_inventory_adjustment_line_dto import InventoryItemInInventoryAdjustmentLineDto
    from .inventory_item_in_inventory_issue_line_dto import InventoryItemInInventoryIssueLineDto
    from .inventory_item_in_inventory_receipt_line_dto import InventoryItemInInventoryReceiptLineDto
    from .inventory_item_in_inventory_transfer_line_dto import InventoryItemInInventoryTransferLineDto
    from .inventory_number_description_dto import InventoryNumberDescriptionDto
    from .inventory_number_in_inventory_update_dto import InventoryNumberInInventoryUpdateDto
    from .inventory_number_in_sales_order_basic_line_update_dto import InventoryNumberInSalesOrderBasicLineUpdateDto
    from .inventory_number_in_sales_order_line_update_dto import InventoryNumberInSalesOrderLineUpdateDto
    from .inventory_post_response_201 import InventoryPostResponse201
    from .inventory_put_byinventory_id_response_204 import InventoryPutByinventoryIdResponse204
    from .inventory_put_byinventory_number_response_204 import InventoryPutByinventoryNumberResponse204
    from .inventory_query_parameters import InventoryQueryParameters
    from .inventory_query_parameters_status import InventoryQueryParametersStatus
    from .inventory_receipt_dto import InventoryReceiptDto
    from .inventory_receipt_dto_status import InventoryReceiptDtoStatus
    from .inventory_receipt_get_all_status import InventoryReceiptGetAllStatus
    from .inventory_receipt_line_allocations_update_dto import InventoryReceiptLineAllocationsUpdateDto
    from .inventory_receipt_line_allocations_update_dto_operation import (
        InventoryReceiptLineAllocationsUpdateDtoOperation,
    )
    from .inventory_receipt_line_dto import InventoryReceiptLineDto
    from .inventory_receipt_line_update_dto import InventoryReceiptLineUpdateDto
    from .inventory_receipt_line_update_dto_operation import InventoryReceiptLineUpdateDtoOperation
    from .inventory_receipt_post_response_201 import InventoryReceiptPostResponse201
    from .inventory_receipt_put_byinventory_receipt_number_response_204 import (
        InventoryReceiptPutByinventoryReceiptNumberResponse204,
    )
    from .inventory_receipt_update_dto import InventoryReceiptUpdateDto
    from .inventory_summary_dto import InventorySummaryDto
    from .inventory_summary_query_parameters import InventorySummaryQueryParameters
    from .inventory_transfer_document_query_parameters import InventoryTransferDocumentQueryParameters
    from .inventory_transfer_document_query_parameters_status import InventoryTransferDocumentQueryParametersStatus
    from .inventory_transfer_dto import InventoryTransferDto
    from .inventory_transfer_dto_status import InventoryTransferDtoStatus
    from .inventory_transfer_get_all_status import InventoryTransferGetAllStatus
    from .inventory_transfer_line_dto import InventoryTransferLineDto
    from .inventory_transfer_line_update_dto import InventoryTransferLineUpdateDto
    from .inventory_transfer_line_update_dto_operation import InventoryTransferLineUpdateDtoOperation
    from .inventory_transfer_post_response_201 import InventoryTransferPostResponse201
    from .inventory_transfer_put_byinventory_transfer_number_response_201 import (
        InventoryTransferPutByinventoryTransferNumberResponse201,
    )
    from .inventory_transfer_update_dto import InventoryTransferUpdateDto
    from .inventory_unit_dto import InventoryUnitDto
    from .inventory_update_dto import InventoryUpdateDto
    from .inventory_update_inventory_cross_references_byinventory_numberalternate_typealternate_id_alternate_type import (
        InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdAlternateType,
    )
    from .inventory_update_inventory_cross_references_byinventory_numberalternate_typealternate_id_response_200 import (
        InventoryUpdateInventoryCrossReferencesByinventoryNumberalternateTypealternateIdResponse200,
    )
    from .invoice_account_in_customer_contract_summary_dto import InvoiceAccountInCustomerContractSummaryDto
    from .invoice_address_in_cash_sale_dto import InvoiceAddressInCashSaleDto
    from .invoice_address_in_credit_note_dto import InvoiceAddressInCreditNoteDto
    from .invoice_address_in_customer_credit_note_dto import InvoiceAddressInCustomerCreditNoteDto
    from .invoice_address_in_customer_debit_note_dto import InvoiceAddressInCustomerDebitNoteDto
    from .invoice_address_in_customer_dto import InvoiceAddressInCustomerDto
    from .invoice_address_in_customer_invoice_dto import InvoiceAddressInCustomerInvoiceDto
    from .invoice_address_in_customer_overdue_charge_dto import InvoiceAddressInCustomerOverdueChargeDto
    from .invoice_contact_in_cash_sale_dto import InvoiceContactInCashSaleDto
    from .invoice_contact_in_credit_note_dto import InvoiceContactInCreditNoteDto
    from .invoice_contact_in_customer_credit_note_dto import InvoiceContactInCustomerCreditNoteDto
    from .invoice_contact_in_customer_debit_note_dto import InvoiceContactInCustomerDebitNoteDto
    from .invoice_contact_in_customer_dto import InvoiceContactInCustomerDto
    from .invoice_contact_in_customer_invoice_dto import InvoiceContactInCustomerInvoiceDto
    from .invoice_contact_in_customer_overdue_charge_dto import InvoiceContactInCustomerOverdueChargeDto
    from .invoice_text_in_payment_update_dto import InvoiceTextInPaymentUpdateDto
    from .invoiceable_in_expense_claim_detail_update_dto import InvoiceableInExpenseClaimDetailUpdateDto
    from .invoiceable_in_time_card_summary_update_dto import InvoiceableInTimeCardSummaryUpdateDto
    from .is_costed_in_warehouse_location_update_dto import IsCostedInWarehouseLocationUpdateDto
    from .item_class_dto import ItemClassDto
    from .item_class_dto_type import ItemClassDtoType
    from .item_class_in_inventory_dto import ItemClassInInventoryDto
    from .item_class_in_inventory_dto_type import ItemClassInInventoryDtoType
    from .item_class_in_inventory_update_dto import ItemClassInInventoryUpdateDto
    from .item_id_in_time_card_materials_update_dto import ItemIdInTimeCardMaterialsUpdateDto
    from .item_in_contract_usage_line_dto import ItemInContractUsageLineDto
    from .item_in_transaction_detail_dto import ItemInTransactionDetailDto
    from .item_type_in_customer_invoice_lines_update_dto import ItemTypeInCustomerInvoiceLinesUpdateDto
    from .item_type_in_customer_invoice_lines_update_dto_value import ItemTypeInCustomerInvoiceLinesUpdateDtoValue
    from .journal_transaction_dto import JournalTransactionDto
    from .journal_transaction_dto_module import JournalTransactionDtoModule
    from .journal_transaction_dto_status import JournalTransactionDtoStatus
    from .journal_transaction_line_dto import JournalTransactionLineDto
    from .journal_transaction_line_dto_module import JournalTransactionLineDtoModule
    from .journal_transaction_line_update_dto import JournalTransactionLineUpdateDto
    from .journal_transaction_line_update_dto_operation import JournalTransactionLineUpdateDtoOperation
    from .journal_transaction_query_v2_parameters import JournalTransactionQueryV2Parameters
    from .journal_transaction_query_v2_parameters_status import JournalTransactionQueryV2ParametersStatus
    from .journal_transaction_update_dto import JournalTransactionUpdateDto
    from .journal_transaction_v2_add_header_attachment_bymodulejournal_transaction_number_response_201 import (
        JournalTransactionV2AddHeaderAttachmentBymodulejournalTransactionNumberResponse201,
    )
    from .journal_transaction_v2_add_line_attachment_bymodulejournal_transaction_numberline_number_response_201 import (
        JournalTransactionV2AddLineAttachmentBymodulejournalTransactionNumberlineNumberResponse201,
    )
    from .journal_transaction_v2_get_all_journal_transactions_status import (
        JournalTransactionV2GetAllJournalTransactionsStatus,
    )
    from .journal_transaction_v2_post_response_201 import JournalTransactionV2PostResponse201
    from .journal_transaction_v2_put_byjournal_transaction_number_response_204 import (
        JournalTransactionV2PutByjournalTransactionNumberResponse204,
    )
    from .kit_assembly_delete_bytyperef_no_response_204 import KitAssemblyDeleteBytyperefNoResponse204
    from .kit_assembly_dto import KitAssemblyDto
    from .kit_assembly_insert_dto import KitAssemblyInsertDto
    from .kit_assembly_link_insert_dto import KitAssemblyLinkInsertDto
    from .kit_assembly_non_stock_component_dto import KitAssemblyNonStockComponentDto
    from .kit_assembly_non_stock_components_update_dto import KitAssemblyNonStockComponentsUpdateDto
    from .kit_assembly_non_stock_components_update_dto_operation import KitAssemblyNonStockComponentsUpdateDtoOperation
    from .kit_assembly_post_response_201 import KitAssemblyPostResponse201
    from .kit_assembly_put_bytyperef_no_response_204 import KitAssemblyPutBytyperefNoResponse204
    from .kit_assembly_query_parameters import KitAssemblyQueryParameters
    from .kit_assembly_release_kit_assembly_bytyperef_no_response_200 import (
        KitAssemblyReleaseKitAssemblyBytyperefNoResponse200,
    )
    from .kit_assembly_stock_component_allocations_update_dto import KitAssemblyStockComponentAllocationsUpdateDto
    from .kit_assembly_stock_component_allocations_update_dto_operation import (
        KitAssemblyStockComponentAllocationsUpdateDtoOperation,
    )
    from .kit_assembly_stock_components_dto import KitAssemblyStockComponentsDto
    from .kit_assembly_stock_components_update_dto import KitAssemblyStockComponentsUpdateDto
    from .kit_assembly_stock_components_update_dto_operation import KitAssemblyStockComponentsUpdateDtoOperation
    from .kit_assembly_update_dto import KitAssemblyUpdateDto
    from .kit_specification_dto import KitSpecificationDto
    from .kit_specification_non_stock_component_dto import KitSpecificationNonStockComponentDto
    from .kit_specification_non_stock_components_update_dto import KitSpecificationNonStockComponentsUpdateDto
    from .kit_specification_non_stock_components_update_dto_operation import (
        KitSpecificationNonStockComponentsUpdateDtoOperation,
    )
    from .kit_specification_stock_components_dto import KitSpecificationStockComponentsDto
    from .kit_specification_stock_components_update_dto import KitSpecificationStockComponentsUpdateDto
    from .kit_specification_stock_components_update_dto_operation import (
        KitSpecificationStockComponentsUpdateDtoOperation,
    )
    from .kit_specification_update_dto import KitSpecificationUpdateDto
    from .kit_specification_update_dto_operation import KitSpecificationUpdateDtoOperation
    from .kit_specifications_post_response_201 import KitSpecificationsPostResponse201
    from .kit_specifications_put_bykit_inventory_i_drevision_id_response_204 import (
        KitSpecificationsPutBykitInventoryIDrevisionIdResponse204,
    )
    from .kit_specifications_query_parameters import KitSpecificationsQueryParameters
    from .landed_cost_code_dto import LandedCostCodeDto
    from .landed_cost_code_dto_allocation_method import LandedCostCodeDtoAllocationMethod
    from .landed_cost_code_dto_application_method import LandedCostCodeDtoApplicationMethod
    from .landed_cost_code_dto_landed_cost_type import LandedCostCodeDtoLandedCostType
    from .landed_cost_code_id_in_supplier_invoice_landed_cost_update_dto import (
        LandedCostCodeIdInSupplierInvoiceLandedCostUpdateDto,
    )
    from .landed_cost_dto import LandedCostDto
    from .landed_cost_dto_ap_doc_type import LandedCostDtoApDocType
    from .landed_cost_dto_in_doc_type import LandedCostDtoInDocType
    from .landed_cost_query_parameters import LandedCostQueryParameters
    from .landed_cost_update_dto import LandedCostUpdateDto
    from .landed_cost_update_dto_operation import LandedCostUpdateDtoOperation
    from .language_update_dto import LanguageUpdateDto
    from .lease_and_rent_info_dto import LeaseAndRentInfoDto
    from .lease_and_rent_info_in_details_dto import LeaseAndRentInfoInDetailsDto
    from .ledger_description_dto import LedgerDescriptionDto
    from .ledger_dto import LedgerDto
    from .ledger_dto_balance_type import LedgerDtoBalanceType
    from .ledger_in_branch_dto import LedgerInBranchDto
    from .ledger_in_extended_organization_dto import LedgerInExtendedOrganizationDto
    from .ledger_in_general_ledger_transaction_details_dto import LedgerInGeneralLedgerTransactionDetailsDto
    from .ledger_query_parameters import LedgerQueryParameters
    from .line_nbr_in_allocations_update_dto import LineNbrInAllocationsUpdateDto
    from .line_nbr_in_purchase_receipt_line_basic_update_dto import LineNbrInPurchaseReceiptLineBasicUpdateDto
    from .line_nbr_in_purchase_receipt_line_update_dto import LineNbrInPurchaseReceiptLineUpdateDto
    from .line_number_in_supplier_invoice_landed_cost_update_dto import LineNumberInSupplierInvoiceLandedCostUpdateDto
    from .line_type_in_purchase_receipt_line_basic_update_dto import LineTypeInPurchaseReceiptLineBasicUpdateDto
    from .line_type_in_purchase_receipt_line_basic_update_dto_value import (
        LineTypeInPurchaseReceiptLineBasicUpdateDtoValue,
    )
    from .line_type_in_purchase_receipt_line_update_dto import LineTypeInPurchaseReceiptLineUpdateDto
    from .line_type_in_purchase_receipt_line_update_dto_value import LineTypeInPurchaseReceiptLineUpdateDtoValue
    from .link_line_dto import LinkLineDto
    from .link_line_dto_purchase_type import LinkLineDtoPurchaseType
    from .location_create_response_201 import LocationCreateResponse201
    from .location_description_dto import LocationDescriptionDto
    from .location_dto import LocationDto
    from .location_id_in_location_update_dto import LocationIdInLocationUpdateDto
    from .location_id_in_purchase_receipt_line_basic_update_dto import LocationIdInPurchaseReceiptLineBasicUpdateDto
    from .location_id_in_purchase_receipt_line_update_dto import LocationIdInPurchaseReceiptLineUpdateDto
    from .location_id_in_supplier_invoice_landed_cost_update_dto import LocationIdInSupplierInvoiceLandedCostUpdateDto
    from .location_id_in_supplier_location_update_dto import LocationIdInSupplierLocationUpdateDto
    from .location_id_in_warehouse_location_update_dto import LocationIdInWarehouseLocationUpdateDto
    from .location_id_name_description_dto import LocationIdNameDescriptionDto
    from .location_id_name_dto import LocationIdNameDto
    from .location_in_allocations_dto import LocationInAllocationsDto
    from .location_in_allocations_update_dto import LocationInAllocationsUpdateDto
    from .location_in_cash_sale_dto import LocationInCashSaleDto
    from .location_in_credit_note_dto import LocationInCreditNoteDto
    from .location_in_customer_contract_dto import LocationInCustomerContractDto
    from .location_in_customer_credit_note_dto import LocationInCustomerCreditNoteDto
    from .location_in_customer_credit_write_off_dto import LocationInCustomerCreditWriteOffDto
    from .location_in_customer_debit_note_dto import LocationInCustomerDebitNoteDto
    from .location_in_customer_document_dto import LocationInCustomerDocumentDto
    from .location_in_customer_dto import LocationInCustomerDto
    from .location_in_customer_invoice_dto import LocationInCustomerInvoiceDto
    from .location_in_customer_overdue_charge_dto import LocationInCustomerOverdueChargeDto
    from .location_in_expense_claim_detail_dto import LocationInExpenseClaimDetailDto
    from .location_in_expense_claim_detail_update_dto import LocationInExpenseClaimDetailUpdateDto
    from .location_in_expense_claim_dto import LocationInExpenseClaimDto
    from .location_in_expense_claim_update_dto import LocationInExpenseClaimUpdateDto
    from .location_in_expense_receipt_dto import LocationInExpenseReceiptDto
    from .location_in_fixed_asset_dto import LocationInFixedAssetDto
    from .location_in_inventory_adjustment_line_dto import LocationInInventoryAdjustmentLineDto
    from .location_in_inventory_issue_line_dto import LocationInInventoryIssueLineDto
    from .location_in_inventory_receipt_line_dto import LocationInInventoryReceiptLineDto
    from .location_in_inventory_summary_dto import LocationInInventorySummaryDto
    from .location_in_inventory_transfer_line_dto import LocationInInventoryTransferLineDto
    from .location_in_landed_cost_dto import LocationInLandedCostDto
    from .location_in_payment_dto import LocationInPaymentDto
    from .location_in_payment_update_dto import LocationInPaymentUpdateDto
    from .location_in_project_transaction_line_dto import LocationInProjectTransactionLineDto
    from .location_in_purchase_order_basic_dto import LocationInPurchaseOrderBasicDto
    from .location_in_purchase_order_dto import LocationInPurchaseOrderDto
    from .location_in_purchase_receipt_basic_dto import LocationInPurchaseReceiptBasicDto
    from .location_in_purchase_receipt_dto import LocationInPurchaseReceiptDto
    from .location_in_purchase_receipt_line_dto import LocationInPurchaseReceiptLineDto
    from .location_in_sales_order_basic_dto import LocationInSalesOrderBasicDto
    from .location_in_sales_order_dto import LocationInSalesOrderDto
    from .location_in_shipment_detail_line_dto import LocationInShipmentDetailLineDto
    from .location_in_shipment_dto import LocationInShipmentDto
    from .location_in_stocktake_line_dto import LocationInStocktakeLineDto
    from .location_in_stocktake_line_v2_dto import LocationInStocktakeLineV2Dto
    from .location_in_supplier_document_dto import LocationInSupplierDocumentDto
    from .location_in_supplier_dto import LocationInSupplierDto
    from .location_in_supplier_invoice_dto import LocationInSupplierInvoiceDto
    from .location_in_supplier_payment_dto import LocationInSupplierPaymentDto
    from .location_name_description_dto import LocationNameDescriptionDto
    from .location_query_parameters import LocationQueryParameters
    from .location_update_byb_account_idlocation_id_response_204 import LocationUpdateBybAccountIdlocationIdResponse204
    from .location_update_dto import LocationUpdateDto
    from .lot_ser_class_dto import LotSerClassDto
    from .lot_serial_class_detail_dto import LotSerialClassDetailDto
    from .lot_serial_class_detail_dto_type import LotSerialClassDetailDtoType
    from .lot_serial_class_dto import LotSerialClassDto
    from .lot_serial_class_dto_assignment_method import LotSerialClassDtoAssignmentMethod
    from .lot_serial_class_dto_issue_method import LotSerialClassDtoIssueMethod
    from .lot_serial_class_dto_tracking_method import LotSerialClassDtoTrackingMethod
    from .lot_serial_class_get_all_lot_serial_class_assignment_method import (
        LotSerialClassGetAllLotSerialClassAssignmentMethod,
    )
    from .lot_serial_class_get_all_lot_serial_class_issue_method import LotSerialClassGetAllLotSerialClassIssueMethod
    from .lot_serial_class_get_all_lot_serial_class_tracking_method import (
        LotSerialClassGetAllLotSerialClassTrackingMethod,
    )
    from .lot_serial_class_in_inventory_dto import LotSerialClassInInventoryDto
    from .lot_serial_class_query_parameters import LotSerialClassQueryParameters
    from .lot_serial_class_query_parameters_assignment_method import LotSerialClassQueryParametersAssignmentMethod
    from .lot_serial_class_query_parameters_issue_method import LotSerialClassQueryParametersIssueMethod
    from .lot_serial_class_query_parameters_tracking_method import LotSerialClassQueryParametersTrackingMethod
    from .lot_serial_number_in_allocations_update_dto import LotSerialNumberInAllocationsUpdateDto
    from .main_address_in_branch_dto import MainAddressInBranchDto
    from .main_address_in_customer_dto import MainAddressInCustomerDto
    from .main_address_in_extended_organization_dto import MainAddressInExtendedOrganizationDto
    from .main_address_in_supplier_dto import MainAddressInSupplierDto
    from .main_contact_in_branch_dto import MainContactInBranchDto
    from .main_contact_in_customer_dto import MainContactInCustomerDto
    from .main_contact_in_extended_organization_dto import MainContactInExtendedOrganizationDto
    from .main_contact_in_supplier_dto import MainContactInSupplierDto
    from .manual_discount_in_purchase_receipt_line_basic_update_dto import (
        ManualDiscountInPurchaseReceiptLineBasicUpdateDto,
    )
    from .manual_discount_in_purchase_receipt_line_update_dto import ManualDiscountInPurchaseReceiptLineUpdateDto
    from .metadata_dto import MetadataDto
    from .mode_of_transport_dto import ModeOfTransportDto
    from .mode_of_trasport_in_shipment_dto import ModeOfTrasportInShipmentDto
    from .mon_in_time_card_materials_update_dto import MonInTimeCardMaterialsUpdateDto
    from .mon_in_time_card_summary_update_dto import MonInTimeCardSummaryUpdateDto
    from .mult_div_in_create_currency_rate_dto import MultDivInCreateCurrencyRateDto
    from .mult_div_in_create_currency_rate_dto_value import MultDivInCreateCurrencyRateDtoValue
    from .mult_div_in_update_currency_rate_dto import MultDivInUpdateCurrencyRateDto
    from .mult_div_in_update_currency_rate_dto_value import MultDivInUpdateCurrencyRateDtoValue
    from .multilanguage_add_default_language_response_200 import MultilanguageAddDefaultLanguageResponse200
    from .multilanguage_delete_specific_inventory_descr_translation_byinventory_numberlanguage_iso_response_204 import (
        MultilanguageDeleteSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse204,
    )
    from .multilanguage_dto import MultilanguageDto
    from .multilanguage_post_specific_inventory_descr_translation_byinventory_numberlanguage_iso_response_201 import (
        MultilanguagePostSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse201,
    )
    from .multilanguage_put_specific_inventory_descr_translation_byinventory_numberlanguage_iso_response_204 import (
        MultilanguagePutSpecificInventoryDescrTranslationByinventoryNumberlanguageIsoResponse204,
    )
    from .multilanguage_translation_dto import MultilanguageTranslationDto
    from .note_dto import NoteDto
    from .note_in_update_note_dto import NoteInUpdateNoteDto
    from .numbering_dto import NumberingDto
    from .numbering_sequence_dto import NumberingSequenceDto
    from .offset_account_branch_in_entry_type_dto import OffsetAccountBranchInEntryTypeDto
    from .offset_account_override_in_entry_type_dto import OffsetAccountOverrideInEntryTypeDto
    from .offset_account_override_in_entry_type_dto_type import OffsetAccountOverrideInEntryTypeDtoType
    from .offset_sub_account_in_transaction_detail_dto import OffsetSubAccountInTransactionDetailDto
    from .offset_subaccount_override_in_entry_type_dto import OffsetSubaccountOverrideInEntryTypeDto
    from .order_line_number_in_kit_assembly_link_insert_dto import OrderLineNumberInKitAssemblyLinkInsertDto
    from .order_number_in_kit_assembly_link_insert_dto import OrderNumberInKitAssemblyLinkInsertDto
    from .order_to_apply_dto import OrderToApplyDto
    from .order_to_apply_dto_status import OrderToApplyDtoStatus
    from .order_type_in_kit_assembly_link_insert_dto import OrderTypeInKitAssemblyLinkInsertDto
    from .order_type_in_sales_order_basic_update_dto import OrderTypeInSalesOrderBasicUpdateDto
    from .order_type_in_sales_order_update_dto import OrderTypeInSalesOrderUpdateDto
    from .organization_put_bank_settings_for_organization_byorganization_number_response_204 import (
        OrganizationPutBankSettingsForOrganizationByorganizationNumberResponse204,
    )
    from .organization_query_parameters import OrganizationQueryParameters
    from .override_number_series_in_customer_invoice_update_dto import OverrideNumberSeriesInCustomerInvoiceUpdateDto
    from .owner_in_cash_transaction_dto import OwnerInCashTransactionDto
    from .owner_in_customer_contract_summary_dto import OwnerInCustomerContractSummaryDto
    from .owner_in_purchase_order_basic_dto import OwnerInPurchaseOrderBasicDto
    from .owner_in_purchase_order_dto import OwnerInPurchaseOrderDto
    from .owner_in_sales_order_dto import OwnerInSalesOrderDto
    from .owner_in_shipment_dto import OwnerInShipmentDto
    from .package_detail_line_dto import PackageDetailLineDto
    from .packaging_dto import PackagingDto
    from .packaging_in_inventory_dto import PackagingInInventoryDto
    from .packaging_type_dto import PackagingTypeDto
    from .packaging_type_query_parameters import PackagingTypeQueryParameters
    from .packaging_update_dto import PackagingUpdateDto
    from .parent_record_dto import ParentRecordDto
    from .parent_record_in_supplier_dto import ParentRecordInSupplierDto
    from .pay_selected_in_supplier_invoice_update_dto import PaySelectedInSupplierInvoiceUpdateDto
    from .payment_amount_in_payment_update_dto import PaymentAmountInPaymentUpdateDto
    from .payment_create_payment_response_201 import PaymentCreatePaymentResponse201
    from .payment_dto import PaymentDto
    from .payment_dto_status import PaymentDtoStatus
    from .payment_dto_type import PaymentDtoType
    from .payment_financial_details_dto import PaymentFinancialDetailsDto
    from .payment_get_all_payments_payment_type import PaymentGetAllPaymentsPaymentType
    from .payment_get_all_payments_status import PaymentGetAllPaymentsStatus
    from .payment_line_base_update_dto import PaymentLineBaseUpdateDto
    from .payment_line_base_update_dto_operation import PaymentLineBaseUpdateDtoOperation
    from .payment_line_dto import PaymentLineDto
    from .payment_line_dto_document_type import PaymentLineDtoDocumentType
    from .payment_lines_update_dto import PaymentLinesUpdateDto
    from .payment_lines_update_dto_operation import PaymentLinesUpdateDtoOperation
    from .payment_method_detail_dto import PaymentMethodDetailDto
    from .payment_method_dto import PaymentMethodDto
    from .payment_method_dto_means_of_payment import PaymentMethodDtoMeansOfPayment
    from .payment_method_id_description_dto import PaymentMethodIdDescriptionDto
    from .payment_method_in_cash_sale_dto import PaymentMethodInCashSaleDto
    from .payment_method_in_credit_note_dto import PaymentMethodInCreditNoteDto
    from .payment_method_in_customer_credit_note_dto import PaymentMethodInCustomerCreditNoteDto
    from .payment_method_in_customer_credit_write_off_dto import PaymentMethodInCustomerCreditWriteOffDto
    from .payment_method_in_customer_debit_note_dto import PaymentMethodInCustomerDebitNoteDto
    from .payment_method_in_customer_document_dto import PaymentMethodInCustomerDocumentDto
    from .payment_method_in_customer_invoice_dto import PaymentMethodInCustomerInvoiceDto
    from .payment_method_in_customer_overdue_charge_dto import PaymentMethodInCustomerOverdueChargeDto
    from .payment_method_in_customer_payment_method_dto import PaymentMethodInCustomerPaymentMethodDto
    from .payment_method_in_payment_dto import PaymentMethodInPaymentDto
    from .payment_method_in_payment_update_dto import PaymentMethodInPaymentUpdateDto
    from .payment_method_in_sales_order_dto import PaymentMethodInSalesOrderDto
    from .payment_method_in_supplier_document_dto import PaymentMethodInSupplierDocumentDto
    from .payment_method_in_supplier_dto import PaymentMethodInSupplierDto
    from .payment_method_in_supplier_invoice_dto import PaymentMethodInSupplierInvoiceDto
    from .payment_method_query_parameters import PaymentMethodQueryParameters
    from .payment_orders_lines_update_dto import PaymentOrdersLinesUpdateDto
    from .payment_orders_lines_update_dto_operation import PaymentOrdersLinesUpdateDtoOperation
    from .payment_put_bypayment_number_response_204 import PaymentPutBypaymentNumberResponse204
    from .payment_query_parameters import PaymentQueryParameters
    from .payment_query_parameters_payment_type import PaymentQueryParametersPaymentType
    from .payment_query_parameters_status import PaymentQueryParametersStatus
    from .payment_ref_in_payment_update_dto import PaymentRefInPaymentUpdateDto
    from .payment_reference_in_cash_sale_update_dto import PaymentReferenceInCashSaleUpdateDto
    from .payment_update_dto import PaymentUpdateDto
    from .peppol_scheme_dto import PeppolSchemeDto
    from .peppol_scheme_in_location_dto import PeppolSchemeInLocationDto
    from .peppol_scheme_update_dto import PeppolSchemeUpdateDto
    from .pick_priority_in_warehouse_location_update_dto import PickPriorityInWarehouseLocationUpdateDto
    from .po_order_line_nbr_in_purchase_receipt_line_basic_update_dto import (
        PoOrderLineNbrInPurchaseReceiptLineBasicUpdateDto,
    )
    from .po_order_line_nbr_in_purchase_receipt_line_update_dto import PoOrderLineNbrInPurchaseReceiptLineUpdateDto
    from .po_order_nbr_in_purchase_receipt_line_basic_update_dto import PoOrderNbrInPurchaseReceiptLineBasicUpdateDto
    from .po_order_nbr_in_purchase_receipt_line_update_dto import PoOrderNbrInPurchaseReceiptLineUpdateDto
    from .po_order_type_in_purchase_receipt_line_basic_update_dto import PoOrderTypeInPurchaseReceiptLineBasicUpdateDto
    from .po_order_type_in_purchase_receipt_line_basic_update_dto_value import (
        PoOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue,
    )
    from .po_order_type_in_purchase_receipt_line_update_dto import PoOrderTypeInPurchaseReceiptLineUpdateDto
    from .po_order_type_in_purchase_receipt_line_update_dto_value import PoOrderTypeInPurchaseReceiptLineUpdateDtoValue
    from .po_receipt_number_in_supplier_invoice_landed_cost_update_dto import (
        PoReceiptNumberInSupplierInvoiceLandedCostUpdateDto,
    )
    from .post_period_in_cash_sale_update_dto import PostPeriodInCashSaleUpdateDto
    from .post_period_in_credit_note_update_dto import PostPeriodInCreditNoteUpdateDto
    from .post_period_in_customer_credit_note_update_dto import PostPeriodInCustomerCreditNoteUpdateDto
    from .post_period_in_customer_debit_note_update_dto import PostPeriodInCustomerDebitNoteUpdateDto
    from .post_period_in_customer_invoice_update_dto import PostPeriodInCustomerInvoiceUpdateDto
    from .post_period_in_customer_overdue_charge_update_dto import PostPeriodInCustomerOverdueChargeUpdateDto
    from .post_period_in_inventory_adjustment_update_dto import PostPeriodInInventoryAdjustmentUpdateDto
    from .post_period_in_inventory_issue_update_dto import PostPeriodInInventoryIssueUpdateDto
    from .post_period_in_inventory_receipt_update_dto import PostPeriodInInventoryReceiptUpdateDto
    from .post_period_in_inventory_transfer_update_dto import PostPeriodInInventoryTransferUpdateDto
    from .post_period_in_journal_transaction_update_dto import PostPeriodInJournalTransactionUpdateDto
    from .post_period_in_purchase_receipt_basic_update_dto import PostPeriodInPurchaseReceiptBasicUpdateDto
    from .post_period_in_purchase_receipt_update_dto import PostPeriodInPurchaseReceiptUpdateDto
    from .post_period_in_supplier_invoice_update_dto import PostPeriodInSupplierInvoiceUpdateDto
    from .posting_class_dto import PostingClassDto
    from .posting_class_in_inventory_dto import PostingClassInInventoryDto
    from .posting_class_in_inventory_update_dto import PostingClassInInventoryUpdateDto
    from .prebook_account_in_supplier_invoice_line_dto import PrebookAccountInSupplierInvoiceLineDto
    from .prebook_account_in_supplier_invoice_line_dto_type import PrebookAccountInSupplierInvoiceLineDtoType
    from .prebook_account_number_in_supplier_invoice_line_update_dto import (
        PrebookAccountNumberInSupplierInvoiceLineUpdateDto,
    )
    from .prebook_subaccount_in_supplier_invoice_line_dto import PrebookSubaccountInSupplierInvoiceLineDto
    from .prebook_supplier_invoice_action_result_dto import PrebookSupplierInvoiceActionResultDto
    from .prebook_supplier_invoice_action_result_dto_action_result import (
        PrebookSupplierInvoiceActionResultDtoActionResult,
    )
    from .prebooking_update_dto import PrebookingUpdateDto
    from .preferred_warehouse_in_sales_order_dto import PreferredWarehouseInSalesOrderDto
    from .prepare_invoice_action_result_dto import PrepareInvoiceActionResultDto
    from .prepare_invoice_action_result_dto_action_result import PrepareInvoiceActionResultDtoActionResult
    from .price_class_dto import PriceClassDto
    from .price_class_in_customer_dto import PriceClassInCustomerDto
    from .price_class_in_inventory_dto import PriceClassInInventoryDto
    from .price_manager_dto import PriceManagerDto
    from .price_manager_in_inventory_dto import PriceManagerInInventoryDto
    from .primary_item_class_id_in_warehouse_location_update_dto import PrimaryItemClassIdInWarehouseLocationUpdateDto
    from .primary_item_class_in_warehouse_location_dto import PrimaryItemClassInWarehouseLocationDto
    from .primary_item_class_in_warehouse_location_dto_type import PrimaryItemClassInWarehouseLocationDtoType
    from .primary_item_id_in_warehouse_location_update_dto import PrimaryItemIdInWarehouseLocationUpdateDto
    from .primary_item_in_warehouse_location_dto import PrimaryItemInWarehouseLocationDto
    from .primary_item_valid_in_warehouse_location_update_dto import PrimaryItemValidInWarehouseLocationUpdateDto
    from .primary_item_valid_in_warehouse_location_update_dto_value import (
        PrimaryItemValidInWarehouseLocationUpdateDtoValue,
    )
    from .project_account_group_dto import ProjectAccountGroupDto
    from .project_account_group_query_parameters import ProjectAccountGroupQueryParameters
    from .project_basic_dto import ProjectBasicDto
    from .project_basic_dto_status import ProjectBasicDtoStatus
    from .project_basic_get_all_status import ProjectBasicGetAllStatus
    from .project_basic_query_parameters import ProjectBasicQueryParameters
    from .project_basic_query_parameters_status import ProjectBasicQueryParametersStatus
    from .project_budget_dto import ProjectBudgetDto
    from .project_budget_post_response_201 import ProjectBudgetPostResponse201
    from .project_budget_query_parameters import ProjectBudgetQueryParameters
    from .project_budget_update_dto import ProjectBudgetUpdateDto
    from .project_dto import ProjectDto
    from .project_dto_billing_period import ProjectDtoBillingPeriod
    from .project_dto_status import ProjectDtoStatus
    from .project_employee_update_dto import ProjectEmployeeUpdateDto
    from .project_employee_update_dto_operation import ProjectEmployeeUpdateDtoOperation
    from .project_get_all_status import ProjectGetAllStatus
    from .project_get_all_task_status import ProjectGetAllTaskStatus
    from .project_get_tasks_status import ProjectGetTasksStatus
    from .project_id_description_dto import ProjectIdDescriptionDto
    from .project_id_in_purchase_receipt_line_basic_update_dto import ProjectIdInPurchaseReceiptLineBasicUpdateDto
    from .project_id_in_purchase_receipt_line_update_dto import ProjectIdInPurchaseReceiptLineUpdateDto
    from .project_id_in_warehouse_location_update_dto import ProjectIdInWarehouseLocationUpdateDto
    from .project_in_cash_sale_dto import ProjectInCashSaleDto
    from .project_in_credit_note_dto import ProjectInCreditNoteDto
    from .project_in_customer_credit_note_dto import ProjectInCustomerCreditNoteDto
    from .project_in_customer_credit_write_off_dto import ProjectInCustomerCreditWriteOffDto
    from .project_in_customer_debit_note_dto import ProjectInCustomerDebitNoteDto
    from .project_in_customer_document_dto import ProjectInCustomerDocumentDto
    from .project_in_customer_invoice_dto import ProjectInCustomerInvoiceDto
    from .project_in_customer_overdue_charge_dto import ProjectInCustomerOverdueChargeDto
    from .project_in_expense_claim_detail_dto import ProjectInExpenseClaimDetailDto
    from .project_in_expense_claim_detail_update_dto import ProjectInExpenseClaimDetailUpdateDto
    from .project_in_expense_receipt_dto import ProjectInExpenseReceiptDto
    from .project_in_inventory_issue_line_dto import ProjectInInventoryIssueLineDto
    from .project_in_inventory_receipt_line_dto import ProjectInInventoryReceiptLineDto
    from .project_in_journal_transaction_line_dto import ProjectInJournalTransactionLineDto
    from .project_in_project_transaction_line_dto import ProjectInProjectTransactionLineDto
    from .project_in_purchase_order_line_dto import ProjectInPurchaseOrderLineDto
    from .project_in_purchase_receipt_line_dto import ProjectInPurchaseReceiptLineDto
    from .project_in_supplier_invoice_line_dto import ProjectInSupplierInvoiceLineDto
    from .project_in_time_card_materials_dto import ProjectInTimeCardMaterialsDto
    from .project_in_time_card_materials_update_dto import ProjectInTimeCardMaterialsUpdateDto
    from .project_in_time_card_summary_dto import ProjectInTimeCardSummaryDto
    from .project_in_time_card_summary_update_dto import ProjectInTimeCardSummaryUpdateDto
    from .project_in_transaction_detail_dto import ProjectInTransactionDetailDto
    from .project_in_warehouse_location_dto import ProjectInWarehouseLocationDto
    from .project_manager_in_project_dto import ProjectManagerInProjectDto
    from .project_manager_in_project_dto_status import ProjectManagerInProjectDtoStatus
    from .project_post_response_201 import ProjectPostResponse201
    from .project_put_byinternal_id_response_204 import ProjectPutByinternalIdResponse204
    from .project_put_byproject_id_response_204 import ProjectPutByprojectIdResponse204
    from .project_query_parameters import ProjectQueryParameters
    from .project_query_parameters_status import ProjectQueryParametersStatus
    from .project_query_parameters_task_status import ProjectQueryParametersTaskStatus
    from .project_task_get_all_tasks_status import ProjectTaskGetAllTasksStatus
    from .project_task_id_description_dto import ProjectTaskIdDescriptionDto
    from .project_task_id_in_purchase_receipt_line_basic_update_dto import (
        ProjectTaskIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from .project_task_id_in_purchase_receipt_line_update_dto import ProjectTaskIdInPurchaseReceiptLineUpdateDto
    from .project_task_id_in_warehouse_location_update_dto import ProjectTaskIdInWarehouseLocationUpdateDto
    from .project_task_in_expense_claim_detail_dto import ProjectTaskInExpenseClaimDetailDto
    from .project_task_in_expense_claim_detail_update_dto import ProjectTaskInExpenseClaimDetailUpdateDto
    from .project_task_in_expense_receipt_dto import ProjectTaskInExpenseReceiptDto
    from .project_task_in_inventory_issue_line_dto import ProjectTaskInInventoryIssueLineDto
    from .project_task_in_inventory_receipt_line_dto import ProjectTaskInInventoryReceiptLineDto
    from .project_task_in_journal_transaction_line_dto import ProjectTaskInJournalTransactionLineDto
    from .project_task_in_project_transaction_line_dto import ProjectTaskInProjectTransactionLineDto
    from .project_task_in_purchase_order_line_dto import ProjectTaskInPurchaseOrderLineDto
    from .project_task_in_purchase_receipt_line_dto import ProjectTaskInPurchaseReceiptLineDto
    from .project_task_in_supplier_invoice_line_dto import ProjectTaskInSupplierInvoiceLineDto
    from .project_task_in_time_card_materials_dto import ProjectTaskInTimeCardMaterialsDto
    from .project_task_in_time_card_materials_update_dto import ProjectTaskInTimeCardMaterialsUpdateDto
    from .project_task_in_time_card_summary_dto import ProjectTaskInTimeCardSummaryDto
    from .project_task_in_time_card_summary_update_dto import ProjectTaskInTimeCardSummaryUpdateDto
    from .project_task_in_transaction_detail_dto import ProjectTaskInTransactionDetailDto
    from .project_task_in_warehouse_location_dto import ProjectTaskInWarehouseLocationDto
    from .project_task_post_byinternal_id_response_201 import ProjectTaskPostByinternalIdResponse201
    from .project_task_put_byinternal_id_response_204 import ProjectTaskPutByinternalIdResponse204
    from .project_task_update_dto import ProjectTaskUpdateDto
    from .project_transaction_document_dto import ProjectTransactionDocumentDto
    from .project_transaction_document_dto_module import ProjectTransactionDocumentDtoModule
    from .project_transaction_document_dto_orig_doc_type import ProjectTransactionDocumentDtoOrigDocType
    from .project_transaction_document_dto_status import ProjectTransactionDocumentDtoStatus
    from .project_transaction_document_update_dto import ProjectTransactionDocumentUpdateDto
    from .project_transaction_get_all_module import ProjectTransactionGetAllModule
    from .project_transaction_get_all_status import ProjectTransactionGetAllStatus
    from .project_transaction_line_dto import ProjectTransactionLineDto
    from .project_transaction_line_update_dto import ProjectTransactionLineUpdateDto
    from .project_transaction_line_update_dto_operation import ProjectTransactionLineUpdateDtoOperation
    from .project_transaction_post_response_201 import ProjectTransactionPostResponse201
    from .project_transaction_put_byref_nbr_response_204 import ProjectTransactionPutByrefNbrResponse204
    from .project_transaction_query_parameters import ProjectTransactionQueryParameters
    from .project_transaction_query_parameters_module import ProjectTransactionQueryParametersModule
    from .project_transaction_query_parameters_status import ProjectTransactionQueryParametersStatus
    from .project_update_dto import ProjectUpdateDto
    from .promo_code_id_description_dto import PromoCodeIdDescriptionDto
    from .property_tax_dto import PropertyTaxDto
    from .property_tax_in_fixed_asset_dto import PropertyTaxInFixedAssetDto
    from .purchase_line_nbr_in_link_line_dto import PurchaseLineNbrInLinkLineDto
    from .purchase_number_in_link_line_dto import PurchaseNumberInLinkLineDto
    from .purchase_order_address_dto import PurchaseOrderAddressDto
    from .purchase_order_address_update_dto import PurchaseOrderAddressUpdateDto
    from .purchase_order_basic_dto import PurchaseOrderBasicDto
    from .purchase_order_basic_dto_order_type import PurchaseOrderBasicDtoOrderType
    from .purchase_order_basic_dto_status import PurchaseOrderBasicDtoStatus
    from .purchase_order_basic_get_all_order_basic_order_status import PurchaseOrderBasicGetAllOrderBasicOrderStatus
    from .purchase_order_basic_get_all_order_basic_order_type import PurchaseOrderBasicGetAllOrderBasicOrderType
    from .purchase_order_basic_post_response_201 import PurchaseOrderBasicPostResponse201
    from .purchase_order_basic_put_bypurchase_order_number_response_204 import (
        PurchaseOrderBasicPutBypurchaseOrderNumberResponse204,
    )
    from .purchase_order_basic_update_dto import PurchaseOrderBasicUpdateDto
    from .purchase_order_contact_dto import PurchaseOrderContactDto
    from .purchase_order_contact_update_dto import PurchaseOrderContactUpdateDto
    from .purchase_order_dto import PurchaseOrderDto
    from .purchase_order_dto_order_type import PurchaseOrderDtoOrderType
    from .purchase_order_dto_shipping_destination_type import PurchaseOrderDtoShippingDestinationType
    from .purchase_order_dto_status import PurchaseOrderDtoStatus
    from .purchase_order_get_all_order_order_status import PurchaseOrderGetAllOrderOrderStatus
    from .purchase_order_get_all_order_order_type import PurchaseOrderGetAllOrderOrderType
    from .purchase_order_line_dto import PurchaseOrderLineDto
    from .purchase_order_line_dto_line_type import PurchaseOrderLineDtoLineType
    from .purchase_order_line_dto_order_type import PurchaseOrderLineDtoOrderType
    from .purchase_order_line_dto_receipt_action import PurchaseOrderLineDtoReceiptAction
    from .purchase_order_line_update_dto import PurchaseOrderLineUpdateDto
    from .purchase_order_line_update_dto_operation import PurchaseOrderLineUpdateDtoOperation
    from .purchase_order_post_response_201 import PurchaseOrderPostResponse201
    from .purchase_order_put_bypurchase_order_number_response_204 import (
        PurchaseOrderPutBypurchaseOrderNumberResponse204,
    )
    from .purchase_order_query_parameters import PurchaseOrderQueryParameters
    from .purchase_order_query_parameters_order_status import PurchaseOrderQueryParametersOrderStatus
    from .purchase_order_query_parameters_order_type import PurchaseOrderQueryParametersOrderType
    from .purchase_order_update_dto import PurchaseOrderUpdateDto
    from .purchase_receipt_basic_dto import PurchaseReceiptBasicDto
    from .purchase_receipt_basic_dto_receipt_type import PurchaseReceiptBasicDtoReceiptType
    from .purchase_receipt_basic_dto_status import PurchaseReceiptBasicDtoStatus
    from .purchase_receipt_basic_get_all_receipt_basic_receipt_type import (
        PurchaseReceiptBasicGetAllReceiptBasicReceiptType,
    )
    from .purchase_receipt_basic_get_all_receipt_basic_status import PurchaseReceiptBasicGetAllReceiptBasicStatus
    from .purchase_receipt_basic_post_response_201 import PurchaseReceiptBasicPostResponse201
    from .purchase_receipt_basic_put_byreceipt_number_response_204 import (
        PurchaseReceiptBasicPutByreceiptNumberResponse204,
    )
    from .purchase_receipt_basic_update_dto import PurchaseReceiptBasicUpdateDto
    from .purchase_receipt_dto import PurchaseReceiptDto
    from .purchase_receipt_dto_receipt_type import PurchaseReceiptDtoReceiptType
    from .purchase_receipt_dto_status import PurchaseReceiptDtoStatus
    from .purchase_receipt_get_all_receipt_basic_receipt_type import PurchaseReceiptGetAllReceiptBasicReceiptType
    from .purchase_receipt_get_all_receipt_basic_status import PurchaseReceiptGetAllReceiptBasicStatus
    from .purchase_receipt_line_basic_update_dto import PurchaseReceiptLineBasicUpdateDto
    from .purchase_receipt_line_basic_update_dto_operation import PurchaseReceiptLineBasicUpdateDtoOperation
    from .purchase_receipt_line_dto import PurchaseReceiptLineDto
    from .purchase_receipt_line_dto_line_type import PurchaseReceiptLineDtoLineType
    from .purchase_receipt_line_dto_po_order_type import PurchaseReceiptLineDtoPoOrderType
    from .purchase_receipt_line_dto_transfer_order_type import PurchaseReceiptLineDtoTransferOrderType
    from .purchase_receipt_line_update_dto import PurchaseReceiptLineUpdateDto
    from .purchase_receipt_line_update_dto_operation import PurchaseReceiptLineUpdateDtoOperation
    from .purchase_receipt_order_line_nbr_update_dto import PurchaseReceiptOrderLineNbrUpdateDto
    from .purchase_receipt_order_lines_list_update_dto import PurchaseReceiptOrderLinesListUpdateDto
    from .purchase_receipt_order_lines_update_dto import PurchaseReceiptOrderLinesUpdateDto
    from .purchase_receipt_order_list_update_dto import PurchaseReceiptOrderListUpdateDto
    from .purchase_receipt_order_update_dto import PurchaseReceiptOrderUpdateDto
    from .purchase_receipt_order_update_dto_order_type import PurchaseReceiptOrderUpdateDtoOrderType
    from .purchase_receipt_post_response_201 import PurchaseReceiptPostResponse201
    from .purchase_receipt_print_purchase_receipt_byreceipt_number_response_200 import (
        PurchaseReceiptPrintPurchaseReceiptByreceiptNumberResponse200,
    )
    from .purchase_receipt_put_byreceipt_number_response_204 import PurchaseReceiptPutByreceiptNumberResponse204
    from .purchase_receipt_query_parameters import PurchaseReceiptQueryParameters
    from .purchase_receipt_query_parameters_receipt_type import PurchaseReceiptQueryParametersReceiptType
    from .purchase_receipt_query_parameters_status import PurchaseReceiptQueryParametersStatus
    from .purchase_receipt_update_dto import PurchaseReceiptUpdateDto
    from .purchase_receipt_v2_get_all_receipts_receipt_type import PurchaseReceiptV2GetAllReceiptsReceiptType
    from .purchase_receipt_v2_get_all_receipts_status import PurchaseReceiptV2GetAllReceiptsStatus
    from .purchase_receipt_v2_query_parameters import PurchaseReceiptV2QueryParameters
    from .purchase_receipt_v2_query_parameters_receipt_type import PurchaseReceiptV2QueryParametersReceiptType
    from .purchase_receipt_v2_query_parameters_status import PurchaseReceiptV2QueryParametersStatus
    from .purchase_receipts_dto import PurchaseReceiptsDto
    from .purchase_receipts_dto_status import PurchaseReceiptsDtoStatus
    from .purchase_receipts_dto_type import PurchaseReceiptsDtoType
    from .put_expense_claim_on_hold_action_result_dto import PutExpenseClaimOnHoldActionResultDto
    from .put_expense_claim_on_hold_action_result_dto_action_result import (
        PutExpenseClaimOnHoldActionResultDtoActionResult,
    )
    from .put_time_card_on_hold_action_result_dto import PutTimeCardOnHoldActionResultDto
    from .put_time_card_on_hold_action_result_dto_action_result import PutTimeCardOnHoldActionResultDtoActionResult
    from .quantity_in_allocations_update_dto import QuantityInAllocationsUpdateDto
    from .quantity_in_expense_claim_detail_update_dto import QuantityInExpenseClaimDetailUpdateDto
    from .rate_in_create_currency_rate_dto import RateInCreateCurrencyRateDto
    from .rate_in_update_currency_rate_dto import RateInUpdateCurrencyRateDto
    from .rate_table_id_description_dto import RateTableIdDescriptionDto
    from .rate_table_in_project_dto import RateTableInProjectDto
    from .rate_table_in_task_extended_dto import RateTableInTaskExtendedDto
    from .rate_type_in_create_currency_rate_dto import RateTypeInCreateCurrencyRateDto
    from .reason_code_dto import ReasonCodeDto
    from .reason_code_in_inventory_adjustment_line_dto import ReasonCodeInInventoryAdjustmentLineDto
    from .reason_code_in_inventory_issue_line_dto import ReasonCodeInInventoryIssueLineDto
    from .reason_code_in_inventory_receipt_line_dto import ReasonCodeInInventoryReceiptLineDto
    from .reason_code_in_inventory_transfer_line_dto import ReasonCodeInInventoryTransferLineDto
    from .receipt_location_in_warehouse_dto import ReceiptLocationInWarehouseDto
    from .receipt_qty_in_purchase_receipt_line_basic_update_dto import ReceiptQtyInPurchaseReceiptLineBasicUpdateDto
    from .receipt_qty_in_purchase_receipt_line_update_dto import ReceiptQtyInPurchaseReceiptLineUpdateDto
    from .receipts_valid_in_warehouse_location_update_dto import ReceiptsValidInWarehouseLocationUpdateDto
    from .reclasification_account_in_entry_type_dto import ReclasificationAccountInEntryTypeDto
    from .reclasification_account_in_entry_type_dto_type import ReclasificationAccountInEntryTypeDtoType
    from .reclasification_account_override_in_entry_type_dto import ReclasificationAccountOverrideInEntryTypeDto
    from .reclasification_account_override_in_entry_type_dto_type import (
        ReclasificationAccountOverrideInEntryTypeDtoType,
    )
    from .ref_nbr_in_expense_claim_detail_update_dto import RefNbrInExpenseClaimDetailUpdateDto
    from .reference_number_in_inventory_adjustment_update_dto import ReferenceNumberInInventoryAdjustmentUpdateDto
    from .reference_number_in_inventory_issue_update_dto import ReferenceNumberInInventoryIssueUpdateDto
    from .reference_number_in_inventory_receipt_update_dto import ReferenceNumberInInventoryReceiptUpdateDto
    from .reference_number_in_inventory_transfer_update_dto import ReferenceNumberInInventoryTransferUpdateDto
    from .reference_number_in_payment_update_dto import ReferenceNumberInPaymentUpdateDto
    from .register_in_fixed_asset_transaction_dto import RegisterInFixedAssetTransactionDto
    from .register_in_fixed_asset_transaction_dto_status import RegisterInFixedAssetTransactionDtoStatus
    from .release_cash_transaction_action_result_dto import ReleaseCashTransactionActionResultDto
    from .release_cash_transaction_action_result_dto_action_result import (
        ReleaseCashTransactionActionResultDtoActionResult,
    )
    from .release_customer_credit_note_action_result_dto import ReleaseCustomerCreditNoteActionResultDto
    from .release_customer_credit_note_action_result_dto_action_result import (
        ReleaseCustomerCreditNoteActionResultDtoActionResult,
    )
    from .release_customer_debit_note_action_result_dto import ReleaseCustomerDebitNoteActionResultDto
    from .release_customer_debit_note_action_result_dto_action_result import (
        ReleaseCustomerDebitNoteActionResultDtoActionResult,
    )
    from .release_customer_overdue_charge_action_result_dto import ReleaseCustomerOverdueChargeActionResultDto
    from .release_customer_overdue_charge_action_result_dto_action_result import (
        ReleaseCustomerOverdueChargeActionResultDtoActionResult,
    )
    from .release_inventory_document_action_result_dto import ReleaseInventoryDocumentActionResultDto
    from .release_inventory_document_action_result_dto_action_result import (
        ReleaseInventoryDocumentActionResultDtoActionResult,
    )
    from .release_invoice_action_result_dto import ReleaseInvoiceActionResultDto
    from .release_invoice_action_result_dto_action_result import ReleaseInvoiceActionResultDtoActionResult
    from .release_journal_transaction_action_result_dto import ReleaseJournalTransactionActionResultDto
    from .release_journal_transaction_action_result_dto_action_result import (
        ReleaseJournalTransactionActionResultDtoActionResult,
    )
    from .release_payment_action_dto import ReleasePaymentActionDto
    from .release_payment_action_result_dto import ReleasePaymentActionResultDto
    from .release_payment_action_result_dto_action_result import ReleasePaymentActionResultDtoActionResult
    from .release_purchase_receipt_action_result_dto import ReleasePurchaseReceiptActionResultDto
    from .release_purchase_receipt_action_result_dto_action_result import (
        ReleasePurchaseReceiptActionResultDtoActionResult,
    )
    from .release_supplier_invoice_action_result_dto import ReleaseSupplierInvoiceActionResultDto
    from .release_supplier_invoice_action_result_dto_action_result import (
        ReleaseSupplierInvoiceActionResultDtoActionResult,
    )
    from .release_supplier_payment_action_dto import ReleaseSupplierPaymentActionDto
    from .remit_address_in_purchase_order_dto import RemitAddressInPurchaseOrderDto
    from .remit_address_in_supplier_dto import RemitAddressInSupplierDto
    from .remit_contact_in_purchase_order_dto import RemitContactInPurchaseOrderDto
    from .remit_contact_in_supplier_dto import RemitContactInSupplierDto
    from .reopen_sales_order_action_dto import ReopenSalesOrderActionDto
    from .reopen_sales_order_action_result_dto import ReopenSalesOrderActionResultDto
    from .reopen_sales_order_action_result_dto_action_result import ReopenSalesOrderActionResultDtoActionResult
    from .replenishment_class_id_description_dto import ReplenishmentClassIdDescriptionDto
    from .replenishment_class_in_warehouse_dto import ReplenishmentClassInWarehouseDto
    from .return_location_in_warehouse_dto import ReturnLocationInWarehouseDto
    from .reverse_cash_transaction_action_dto import ReverseCashTransactionActionDto
    from .reverse_cash_transaction_action_result_dto import ReverseCashTransactionActionResultDto
    from .reverse_cash_transaction_action_result_dto_action_result import (
        ReverseCashTransactionActionResultDtoActionResult,
    )
    from .reverse_invoice_action_dto import ReverseInvoiceActionDto
    from .reverse_invoice_action_result_dto import ReverseInvoiceActionResultDto
    from .reverse_invoice_action_result_dto_action_result import ReverseInvoiceActionResultDtoActionResult
    from .reverse_invoice_result_dto import ReverseInvoiceResultDto
    from .reverse_invoice_result_dto_action_result import ReverseInvoiceResultDtoActionResult
    from .rot_rut_basic_dto import RotRutBasicDto
    from .rot_rut_basic_dto_type import RotRutBasicDtoType
    from .rot_rut_distribution_dto import RotRutDistributionDto
    from .rot_rut_distribution_update_dto import RotRutDistributionUpdateDto
    from .rot_rut_distribution_update_dto_operation import RotRutDistributionUpdateDtoOperation
    from .rot_rut_dto import RotRutDto
    from .rot_rut_dto_doc_type import RotRutDtoDocType
    from .rot_rut_dto_type import RotRutDtoType
    from .rot_rut_update_dto import RotRutUpdateDto
    from .sale_order_update_dto_in_reopen_sales_order_action_dto import SaleOrderUpdateDtoInReopenSalesOrderActionDto
    from .sales_account_in_expense_claim_detail_dto import SalesAccountInExpenseClaimDetailDto
    from .sales_account_in_expense_claim_detail_dto_type import SalesAccountInExpenseClaimDetailDtoType
    from .sales_account_in_expense_receipt_dto import SalesAccountInExpenseReceiptDto
    from .sales_account_in_inventory_account_information_dto import SalesAccountInInventoryAccountInformationDto
    from .sales_category_dto import SalesCategoryDto
    from .sales_category_line_dto import SalesCategoryLineDto
    from .sales_eu_account_in_inventory_account_information_dto import SalesEuAccountInInventoryAccountInformationDto
    from .sales_export_account_in_inventory_account_information_dto import (
        SalesExportAccountInInventoryAccountInformationDto,
    )
    from .sales_invoice_address_update_dto import SalesInvoiceAddressUpdateDto
    from .sales_invoice_contact_update_dto import SalesInvoiceContactUpdateDto
    from .sales_non_taxable_account_in_inventory_account_information_dto import (
        SalesNonTaxableAccountInInventoryAccountInformationDto,
    )
    from .sales_order_address_dto import SalesOrderAddressDto
    from .sales_order_address_update_dto import SalesOrderAddressUpdateDto
    from .sales_order_basic_create_header_attachment_byorder_number_response_201 import (
        SalesOrderBasicCreateHeaderAttachmentByorderNumberResponse201,
    )
    from .sales_order_basic_create_header_attachment_byorder_numberorder_type_response_201 import (
        SalesOrderBasicCreateHeaderAttachmentByorderNumberorderTypeResponse201,
    )
    from .sales_order_basic_create_line_attachment_byorder_numberline_number_response_201 import (
        SalesOrderBasicCreateLineAttachmentByorderNumberlineNumberResponse201,
    )
    from .sales_order_basic_create_line_attachment_byorder_numberorder_typeline_number_response_201 import (
        SalesOrderBasicCreateLineAttachmentByorderNumberorderTypelineNumberResponse201,
    )
    from .sales_order_basic_delete_line_attachment_byorder_numberorder_typeline_numberfile_id_response_200 import (
        SalesOrderBasicDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200,
    )
    from .sales_order_basic_delete_order_attachment_byorder_numberorder_typefile_id_response_200 import (
        SalesOrderBasicDeleteOrderAttachmentByorderNumberorderTypefileIdResponse200,
    )
    from .sales_order_basic_dto import SalesOrderBasicDto
    from .sales_order_basic_dto_status import SalesOrderBasicDtoStatus
    from .sales_order_basic_get_all_orders_status import SalesOrderBasicGetAllOrdersStatus
    from .sales_order_basic_line_update_dto import SalesOrderBasicLineUpdateDto
    from .sales_order_basic_line_update_dto_operation import SalesOrderBasicLineUpdateDtoOperation
    from .sales_order_basic_post_response_201 import SalesOrderBasicPostResponse201
    from .sales_order_basic_put_byorder_nbr_response_204 import SalesOrderBasicPutByorderNbrResponse204
    from .sales_order_basic_update_dto import SalesOrderBasicUpdateDto
    from .sales_order_basic_v2_create_header_attachment_byorder_number_response_201 import (
        SalesOrderBasicV2CreateHeaderAttachmentByorderNumberResponse201,
    )
    from .sales_order_basic_v2_create_header_attachment_byorder_numberorder_type_response_201 import (
        SalesOrderBasicV2CreateHeaderAttachmentByorderNumberorderTypeResponse201,
    )
    from .sales_order_basic_v2_create_line_attachment_byorder_numberline_number_response_201 import (
        SalesOrderBasicV2CreateLineAttachmentByorderNumberlineNumberResponse201,
    )
    from .sales_order_basic_v2_create_line_attachment_byorder_numberorder_typeline_number_response_201 import (
        SalesOrderBasicV2CreateLineAttachmentByorderNumberorderTypelineNumberResponse201,
    )
    from .sales_order_basic_v2_post_response_201 import SalesOrderBasicV2PostResponse201
    from .sales_order_contact_dto import SalesOrderContactDto
    from .sales_order_contact_update_dto import SalesOrderContactUpdateDto
    from .sales_order_create_header_attachment_byorder_number_response_201 import (
        SalesOrderCreateHeaderAttachmentByorderNumberResponse201,
    )
    from .sales_order_create_header_attachment_byorder_numberorder_type_response_201 import (
        SalesOrderCreateHeaderAttachmentByorderNumberorderTypeResponse201,
    )
    from .sales_order_create_line_attachment_byorder_numberline_number_response_201 import (
        SalesOrderCreateLineAttachmentByorderNumberlineNumberResponse201,
    )
    from .sales_order_create_line_attachment_byorder_numberorder_typeline_number_response_201 import (
        SalesOrderCreateLineAttachmentByorderNumberorderTypelineNumberResponse201,
    )
    from .sales_order_delete_line_attachment_byorder_numberorder_typeline_numberfile_id_response_200 import (
        SalesOrderDeleteLineAttachmentByorderNumberorderTypelineNumberfileIdResponse200,
    )
    from .sales_order_delete_order_attachment_byorder_numberorder_typefile_id_response_200 import (
        SalesOrderDeleteOrderAttachmentByorderNumberorderTypefileIdResponse200,
    )
    from .sales_order_document_line_dto import SalesOrderDocumentLineDto
    from .sales_order_dto import SalesOrderDto
    from .sales_order_dto_ship_complete import SalesOrderDtoShipComplete
    from .sales_order_dto_status import SalesOrderDtoStatus
    from .sales_order_get_all_orders_status import SalesOrderGetAllOrdersStatus
    from .sales_order_line_dto import SalesOrderLineDto
    from .sales_order_line_dto_operation import SalesOrderLineDtoOperation
    from .sales_order_line_dto_po_source import SalesOrderLineDtoPoSource
    from .sales_order_line_dto_ship_complete import SalesOrderLineDtoShipComplete
    from .sales_order_line_update_dto import SalesOrderLineUpdateDto
    from .sales_order_line_update_dto_operation import SalesOrderLineUpdateDtoOperation
    from .sales_order_post_response_201 import SalesOrderPostResponse201
    from .sales_order_print_order_byorder_numberorder_type_response_200 import (
        SalesOrderPrintOrderByorderNumberorderTypeResponse200,
    )
    from .sales_order_put_byorder_nbr_response_204 import SalesOrderPutByorderNbrResponse204
    from .sales_order_query_parameters import SalesOrderQueryParameters
    from .sales_order_query_parameters_status import SalesOrderQueryParametersStatus
    from .sales_order_shipment_dto import SalesOrderShipmentDto
    from .sales_order_type_dto import SalesOrderTypeDto
    from .sales_order_type_dto_behavior import SalesOrderTypeDtoBehavior
    from .sales_order_type_dto_customer_document_type import SalesOrderTypeDtoCustomerDocumentType
    from .sales_order_type_dto_default_operation import SalesOrderTypeDtoDefaultOperation
    from .sales_order_type_query_parameters import SalesOrderTypeQueryParameters
    from .sales_order_update_dto import SalesOrderUpdateDto
    from .sales_order_v2_create_header_attachment_byorder_number_response_201 import (
        SalesOrderV2CreateHeaderAttachmentByorderNumberResponse201,
    )
    from .sales_order_v2_create_header_attachment_byorder_numberorder_type_response_201 import (
        SalesOrderV2CreateHeaderAttachmentByorderNumberorderTypeResponse201,
    )
    from .sales_order_v2_create_line_attachment_byorder_numberline_number_response_201 import (
        SalesOrderV2CreateLineAttachmentByorderNumberlineNumberResponse201,
    )
    from .sales_order_v2_create_line_attachment_byorder_numberorder_typeline_number_response_201 import (
        SalesOrderV2CreateLineAttachmentByorderNumberorderTypelineNumberResponse201,
    )
    from .sales_order_v2_create_purchase_orders_action_bysale_order_number_response_200 import (
        SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse200,
    )
    from .sales_order_v2_create_purchase_orders_action_bysale_order_number_response_207 import (
        SalesOrderV2CreatePurchaseOrdersActionBysaleOrderNumberResponse207,
    )
    from .sales_order_v2_get_all_orders_v2_status import SalesOrderV2GetAllOrdersV2Status
    from .sales_order_v2_post_response_201 import SalesOrderV2PostResponse201
    from .sales_order_v2_query_parameters import SalesOrderV2QueryParameters
    from .sales_order_v2_query_parameters_status import SalesOrderV2QueryParametersStatus
    from .sales_person_create_salesperson_response_201 import SalesPersonCreateSalespersonResponse201
    from .sales_person_dto import SalesPersonDto
    from .sales_person_id_description_dto import SalesPersonIdDescriptionDto
    from .sales_person_id_in_cash_sale_update_dto import SalesPersonIDInCashSaleUpdateDto
    from .sales_person_id_in_credit_note_update_dto import SalesPersonIDInCreditNoteUpdateDto
    from .sales_person_id_in_customer_credit_note_update_dto import SalesPersonIDInCustomerCreditNoteUpdateDto
    from .sales_person_id_in_customer_debit_note_update_dto import SalesPersonIDInCustomerDebitNoteUpdateDto
    from .sales_person_id_in_customer_invoice_update_dto import SalesPersonIDInCustomerInvoiceUpdateDto
    from .sales_person_id_in_customer_overdue_charge_update_dto import SalesPersonIDInCustomerOverdueChargeUpdateDto
    from .sales_person_in_cash_sale_dto import SalesPersonInCashSaleDto
    from .sales_person_in_credit_note_dto import SalesPersonInCreditNoteDto
    from .sales_person_in_customer_contract_summary_dto import SalesPersonInCustomerContractSummaryDto
    from .sales_person_in_customer_credit_note_dto import SalesPersonInCustomerCreditNoteDto
    from .sales_person_in_customer_debit_note_dto import SalesPersonInCustomerDebitNoteDto
    from .sales_person_in_customer_invoice_dto import SalesPersonInCustomerInvoiceDto
    from .sales_person_in_customer_overdue_charge_dto import SalesPersonInCustomerOverdueChargeDto
    from .sales_person_in_sales_order_dto import SalesPersonInSalesOrderDto
    from .sales_person_in_sales_order_line_dto import SalesPersonInSalesOrderLineDto
    from .sales_person_query_parameters import SalesPersonQueryParameters
    from .sales_person_update_dto import SalesPersonUpdateDto
    from .sales_person_update_salesperson_bysalesperson_cd_response_204 import (
        SalesPersonUpdateSalespersonBysalespersonCdResponse204,
    )
    from .sales_sub_in_expense_receipt_dto import SalesSubInExpenseReceiptDto
    from .sales_subaccount_in_expense_claim_detail_dto import SalesSubaccountInExpenseClaimDetailDto
    from .sales_subaccount_in_inventory_account_information_dto import SalesSubaccountInInventoryAccountInformationDto
    from .sales_valid_in_warehouse_location_update_dto import SalesValidInWarehouseLocationUpdateDto
    from .salesperson_in_cash_sale_update_dto import SalespersonInCashSaleUpdateDto
    from .salesperson_in_credit_note_update_dto import SalespersonInCreditNoteUpdateDto
    from .salesperson_in_customer_credit_note_update_dto import SalespersonInCustomerCreditNoteUpdateDto
    from .salesperson_in_customer_debit_note_update_dto import SalespersonInCustomerDebitNoteUpdateDto
    from .salesperson_in_customer_invoice_update_dto import SalespersonInCustomerInvoiceUpdateDto
    from .salesperson_in_customer_overdue_charge_update_dto import SalespersonInCustomerOverdueChargeUpdateDto
    from .sat_in_time_card_materials_update_dto import SatInTimeCardMaterialsUpdateDto
    from .sat_in_time_card_summary_update_dto import SatInTimeCardSummaryUpdateDto
    from .segment_dto import SegmentDto
    from .segment_update_dto import SegmentUpdateDto
    from .seller_in_cash_sale_line_dto import SellerInCashSaleLineDto
    from .seller_in_credit_note_line_dto import SellerInCreditNoteLineDto
    from .seller_in_customer_credit_note_line_dto import SellerInCustomerCreditNoteLineDto
    from .seller_in_customer_debit_note_line_dto import SellerInCustomerDebitNoteLineDto
    from .seller_in_customer_invoice_line_dto import SellerInCustomerInvoiceLineDto
    from .seller_in_customer_overdue_charge_line_dto import SellerInCustomerOverdueChargeLineDto
    from .send_email_action_result_dto import SendEmailActionResultDto
    from .send_email_action_result_dto_action_result import SendEmailActionResultDtoActionResult
    from .send_expense_claim_to_approval_action_result_dto import SendExpenseClaimToApprovalActionResultDto
    from .send_expense_claim_to_approval_action_result_dto_action_result import (
        SendExpenseClaimToApprovalActionResultDtoActionResult,
    )
    from .send_time_card_to_approval_action_result_dto import SendTimeCardToApprovalActionResultDto
    from .send_time_card_to_approval_action_result_dto_action_result import (
        SendTimeCardToApprovalActionResultDtoActionResult,
    )
    from .send_to_approval_result import SendToApprovalResult
    from .send_to_approval_result_action_result import SendToApprovalResultActionResult
    from .send_to_auto_invoice_ar_document_action_result_dto import SendToAutoInvoiceArDocumentActionResultDto
    from .send_to_auto_invoice_ar_document_action_result_dto_action_result import (
        SendToAutoInvoiceArDocumentActionResultDtoActionResult,
    )
    from .ship_location_in_warehouse_dto import ShipLocationInWarehouseDto
    from .ship_to_in_purchase_order_dto import ShipToInPurchaseOrderDto
    from .ship_via_in_sales_order_dto import ShipViaInSalesOrderDto
    from .ship_via_in_shipment_dto import ShipViaInShipmentDto
    from .shipment_add_line_byshipment_number_response_204 import ShipmentAddLineByshipmentNumberResponse204
    from .shipment_add_so_line_byshipment_number_response_204 import ShipmentAddSoLineByshipmentNumberResponse204
    from .shipment_add_so_order_byshipment_number_response_204 import ShipmentAddSoOrderByshipmentNumberResponse204
    from .shipment_address_dto import ShipmentAddressDto
    from .shipment_cancel_shipment_byshipment_number_response_200 import (
        ShipmentCancelShipmentByshipmentNumberResponse200,
    )
    from .shipment_contact_dto import ShipmentContactDto
    from .shipment_correct_shipment_byshipment_number_response_200 import (
        ShipmentCorrectShipmentByshipmentNumberResponse200,
    )
    from .shipment_create_dto import ShipmentCreateDto
    from .shipment_delete_line_byshipment_numberline_number_response_204 import (
        ShipmentDeleteLineByshipmentNumberlineNumberResponse204,
    )
    from .shipment_detail_line_add_dto import ShipmentDetailLineAddDto
    from .shipment_detail_line_add_dto_operation import ShipmentDetailLineAddDtoOperation
    from .shipment_detail_line_dto import ShipmentDetailLineDto
    from .shipment_detail_line_update_dto import ShipmentDetailLineUpdateDto
    from .shipment_detail_line_update_dto_operation import ShipmentDetailLineUpdateDtoOperation
    from .shipment_dto import ShipmentDto
    from .shipment_dto_operation import ShipmentDtoOperation
    from .shipment_dto_shipment_type import ShipmentDtoShipmentType
    from .shipment_dto_status import ShipmentDtoStatus
    from .shipment_get_all_shipments_shipment_type import ShipmentGetAllShipmentsShipmentType
    from .shipment_get_all_shipments_status import ShipmentGetAllShipmentsStatus
    from .shipment_order_line_dto import ShipmentOrderLineDto
    from .shipment_package_line_update_dto import ShipmentPackageLineUpdateDto
    from .shipment_package_line_update_dto_operation import ShipmentPackageLineUpdateDtoOperation
    from .shipment_post_response_201 import ShipmentPostResponse201
    from .shipment_print_pick_list_byshipment_nbr_response_200 import ShipmentPrintPickListByshipmentNbrResponse200
    from .shipment_print_shipment_confirmation_byshipment_nbr_response_200 import (
        ShipmentPrintShipmentConfirmationByshipmentNbrResponse200,
    )
    from .shipment_put_byshipment_nbr_response_204 import ShipmentPutByshipmentNbrResponse204
    from .shipment_so_line import ShipmentSOLine
    from .shipment_so_order import ShipmentSOOrder
    from .shipment_update_delete_line_dto import ShipmentUpdateDeleteLineDto
    from .shipment_update_dto import ShipmentUpdateDto
    from .shipments_query_parameters import ShipmentsQueryParameters
    from .shipments_query_parameters_shipment_type import ShipmentsQueryParametersShipmentType
    from .shipments_query_parameters_status import ShipmentsQueryParametersStatus
    from .shipping_address_in_purchase_order_dto import ShippingAddressInPurchaseOrderDto
    from .shipping_contact_in_purchase_order_dto import ShippingContactInPurchaseOrderDto
    from .shipping_location_in_purchase_order_dto import ShippingLocationInPurchaseOrderDto
    from .shipping_terms_description_dto import ShippingTermsDescriptionDto
    from .shipping_terms_in_sales_order_dto import ShippingTermsInSalesOrderDto
    from .shipping_terms_in_shipment_dto import ShippingTermsInShipmentDto
    from .shipping_zone_description_dto import ShippingZoneDescriptionDto
    from .shipping_zone_in_sales_order_dto import ShippingZoneInSalesOrderDto
    from .shipping_zone_in_shipment_dto import ShippingZoneInShipmentDto
    from .sigma_intrastat_transaction_description_dto import SigmaIntrastatTransactionDescriptionDto
    from .site_id_in_supplier_invoice_landed_cost_update_dto import SiteIdInSupplierInvoiceLandedCostUpdateDto
    from .so_billing_address_in_sales_order_dto import SoBillingAddressInSalesOrderDto
    from .so_billing_contact_in_sales_order_dto import SoBillingContactInSalesOrderDto
    from .so_commission_dto import SOCommissionDto
    from .so_shipping_address_in_sales_order_dto import SoShippingAddressInSalesOrderDto
    from .so_shipping_contact_in_sales_order_dto import SoShippingContactInSalesOrderDto
    from .start_date_in_project_update_dto import StartDateInProjectUpdateDto
    from .status_in_employee_create_dto import StatusInEmployeeCreateDTO
    from .status_in_employee_create_dto_value import StatusInEmployeeCreateDTOValue
    from .status_in_employee_update_dto import StatusInEmployeeUpdateDto
    from .status_in_employee_update_dto_value import StatusInEmployeeUpdateDtoValue
    from .stocktake_dto import StocktakeDto
    from .stocktake_dto_summary_status import StocktakeDtoSummaryStatus
    from .stocktake_get_all_stocktakes_status import StocktakeGetAllStocktakesStatus
    from .stocktake_get_all_stocktakes_summary_status import StocktakeGetAllStocktakesSummaryStatus
    from .stocktake_line_dto import StocktakeLineDto
    from .stocktake_line_dto_status import StocktakeLineDtoStatus
    from .stocktake_line_update_dto import StocktakeLineUpdateDto
    from .stocktake_line_update_dto_operation import StocktakeLineUpdateDtoOperation
    from .stocktake_line_v2_dto import StocktakeLineV2Dto
    from .stocktake_line_v2_dto_status import StocktakeLineV2DtoStatus
    from .stocktake_paging_query_parameters import StocktakePagingQueryParameters
    from .stocktake_paging_query_parameters_status import StocktakePagingQueryParametersStatus
    from .stocktake_paging_query_parameters_summary_status import StocktakePagingQueryParametersSummaryStatus
    from .stocktake_put_byreference_number_response_204 import StocktakePutByreferenceNumberResponse204
    from .stocktake_query_parameters import StocktakeQueryParameters
    from .stocktake_query_parameters_status import StocktakeQueryParametersStatus
    from .stocktake_query_parameters_summary_status import StocktakeQueryParametersSummaryStatus
    from .stocktake_update_dto import StocktakeUpdateDto
    from .stocktake_v2_dto import StocktakeV2Dto
    from .stocktake_v2_dto_summary_status import StocktakeV2DtoSummaryStatus
    from .stocktake_v2_exception_dto import StocktakeV2ExceptionDto
    from .stocktake_v2_exception_dto_error_code import StocktakeV2ExceptionDtoErrorCode
    from .stocktake_v2_get_all_stocktakes_status import StocktakeV2GetAllStocktakesStatus
    from .stocktake_v2_get_all_stocktakes_summary_status import StocktakeV2GetAllStocktakesSummaryStatus
    from .stocktake_v2_put_byreference_number_response_204 import StocktakeV2PutByreferenceNumberResponse204
    from .sub_account_description_dto import SubAccountDescriptionDto
    from .sub_account_dto import SubAccountDto
    from .sub_account_update_dto import SubAccountUpdateDto
    from .sub_in_purchase_order_line_dto import SubInPurchaseOrderLineDto
    from .sub_in_purchase_receipt_line_dto import SubInPurchaseReceiptLineDto
    from .subaccount_id_in_sub_account_update_dto import SubaccountIdInSubAccountUpdateDto
    from .subaccount_in_budget_dto import SubaccountInBudgetDto
    from .subaccount_in_cash_sale_dto import SubaccountInCashSaleDto
    from .subaccount_in_cash_sale_line_dto import SubaccountInCashSaleLineDto
    from .subaccount_in_credit_note_dto import SubaccountInCreditNoteDto
    from .subaccount_in_credit_note_line_dto import SubaccountInCreditNoteLineDto
    from .subaccount_in_customer_credit_note_dto import SubaccountInCustomerCreditNoteDto
    from .subaccount_in_customer_credit_note_line_dto import SubaccountInCustomerCreditNoteLineDto
    from .subaccount_in_customer_credit_write_off_dto import SubaccountInCustomerCreditWriteOffDto
    from .subaccount_in_customer_debit_note_dto import SubaccountInCustomerDebitNoteDto
    from .subaccount_in_customer_debit_note_line_dto import SubaccountInCustomerDebitNoteLineDto
    from .subaccount_in_customer_document_dto import SubaccountInCustomerDocumentDto
    from .subaccount_in_customer_invoice_dto import SubaccountInCustomerInvoiceDto
    from .subaccount_in_customer_invoice_line_dto import SubaccountInCustomerInvoiceLineDto
    from .subaccount_in_customer_overdue_charge_dto import SubaccountInCustomerOverdueChargeDto
    from .subaccount_in_customer_overdue_charge_line_dto import SubaccountInCustomerOverdueChargeLineDto
    from .subaccount_in_journal_transaction_line_dto import SubaccountInJournalTransactionLineDto
    from .subaccount_in_sales_order_line_dto import SubaccountInSalesOrderLineDto
    from .subaccount_in_supplier_account_dto import SubaccountInSupplierAccountDto
    from .subaccount_in_supplier_document_dto import SubaccountInSupplierDocumentDto
    from .subaccount_in_supplier_invoice_line_dto import SubaccountInSupplierInvoiceLineDto
    from .subaccount_in_supplier_item_account_dto import SubaccountInSupplierItemAccountDto
    from .subaccount_number_in_sub_account_update_dto import SubaccountNumberInSubAccountUpdateDto
    from .subaccount_post_response_201 import SubaccountPostResponse201
    from .subaccount_put_bysub_account_number_response_204 import SubaccountPutBysubAccountNumberResponse204
    from .subaccount_query_parameters import SubaccountQueryParameters
    from .submit_expense_claim_action_result_dto import SubmitExpenseClaimActionResultDto
    from .submit_expense_claim_action_result_dto_action_result import SubmitExpenseClaimActionResultDtoActionResult
    from .submit_time_card_action_result_dto import SubmitTimeCardActionResultDto
    from .submit_time_card_action_result_dto_action_result import SubmitTimeCardActionResultDtoActionResult
    from .summary_in_customer_contract_dto import SummaryInCustomerContractDto
    from .summary_in_customer_contract_dto_invoice_to import SummaryInCustomerContractDtoInvoiceTo
    from .summary_in_customer_contract_dto_invoicing_period import SummaryInCustomerContractDtoInvoicingPeriod
    from .sun_in_time_card_materials_update_dto import SunInTimeCardMaterialsUpdateDto
    from .sun_in_time_card_summary_update_dto import SunInTimeCardSummaryUpdateDto
    from .supplementary_measure_unit_in_intrastat_update_dto import SupplementaryMeasureUnitInIntrastatUpdateDto
    from .supplier_account_dto import SupplierAccountDto
    from .supplier_account_in_supplier_accounts_dto import SupplierAccountInSupplierAccountsDto
    from .supplier_account_in_supplier_gl_accounts_dto import SupplierAccountInSupplierGlAccountsDto
    from .supplier_account_query_parameters import SupplierAccountQueryParameters
    from .supplier_accounts_dto import SupplierAccountsDto
    from .supplier_address_in_supplier_dto import SupplierAddressInSupplierDto
    from .supplier_balance_dto import SupplierBalanceDto
    from .supplier_balance_query_parameters import SupplierBalanceQueryParameters
    from .supplier_class_dto import SupplierClassDto
    from .supplier_class_in_supplier_dto import SupplierClassInSupplierDto
    from .supplier_contact_in_supplier_dto import SupplierContactInSupplierDto
    from .supplier_description_dto import SupplierDescriptionDto
    from .supplier_details_dto import SupplierDetailsDto
    from .supplier_details_dto_operation import SupplierDetailsDtoOperation
    from .supplier_details_line_dto import SupplierDetailsLineDto
    from .supplier_document_dto import SupplierDocumentDto
    from .supplier_document_dto_approval_status import SupplierDocumentDtoApprovalStatus
    from .supplier_document_dto_document_type import SupplierDocumentDtoDocumentType
    from .supplier_document_dto_status import SupplierDocumentDtoStatus
    from .supplier_document_for_supplier_query_parameters import SupplierDocumentForSupplierQueryParameters
    from .supplier_document_for_supplier_query_parameters_document_type import (
        SupplierDocumentForSupplierQueryParametersDocumentType,
    )
    from .supplier_document_for_supplier_query_parameters_status import SupplierDocumentForSupplierQueryParametersStatus
    from .supplier_document_get_all_documents_for_supplier_document_type import (
        SupplierDocumentGetAllDocumentsForSupplierDocumentType,
    )
    from .supplier_document_get_all_documents_for_supplier_status import (
        SupplierDocumentGetAllDocumentsForSupplierStatus,
    )
    from .supplier_document_query_parameters import SupplierDocumentQueryParameters
    from .supplier_document_query_parameters_document_type import SupplierDocumentQueryParametersDocumentType
    from .supplier_document_query_parameters_status import SupplierDocumentQueryParametersStatus
    from .supplier_dto import SupplierDto
    from .supplier_dto_account_used_for_payment import SupplierDtoAccountUsedForPayment
    from .supplier_dto_charge_bearer import SupplierDtoChargeBearer
    from .supplier_dto_payment_by import SupplierDtoPaymentBy
    from .supplier_dto_status import SupplierDtoStatus
    from .supplier_get_all_documents_for_supplier_bysupplier_number_document_type import (
        SupplierGetAllDocumentsForSupplierBysupplierNumberDocumentType,
    )
    from .supplier_get_all_documents_for_supplier_bysupplier_number_status import (
        SupplierGetAllDocumentsForSupplierBysupplierNumberStatus,
    )
    from .supplier_get_all_invoices_for_supplier_bysupplier_number_document_type import (
        SupplierGetAllInvoicesForSupplierBysupplierNumberDocumentType,
    )
    from .supplier_get_all_invoices_for_supplier_bysupplier_number_status import (
        SupplierGetAllInvoicesForSupplierBysupplierNumberStatus,
    )
    from .supplier_get_all_status import SupplierGetAllStatus
    from .supplier_gl_accounts_dto import SupplierGlAccountsDto
    from .supplier_gl_accounts_update_dto import SupplierGlAccountsUpdateDto
    from .supplier_in_landed_cost_dto import SupplierInLandedCostDto
    from .supplier_in_purchase_order_basic_dto import SupplierInPurchaseOrderBasicDto
    from .supplier_in_purchase_order_basic_update_dto import SupplierInPurchaseOrderBasicUpdateDto
    from .supplier_in_purchase_order_dto import SupplierInPurchaseOrderDto
    from .supplier_in_purchase_order_update_dto import SupplierInPurchaseOrderUpdateDto
    from .supplier_in_purchase_receipt_basic_dto import SupplierInPurchaseReceiptBasicDto
    from .supplier_in_purchase_receipt_dto import SupplierInPurchaseReceiptDto
    from .supplier_in_supplier_document_dto import SupplierInSupplierDocumentDto
    from .supplier_in_supplier_invoice_dto import SupplierInSupplierInvoiceDto
    from .supplier_in_supplier_payment_dto import SupplierInSupplierPaymentDto
    from .supplier_in_supplier_po_balance_dto import SupplierInSupplierPOBalanceDto
    from .supplier_invoice_create_header_attachment_by_type_bydocument_typeinvoice_number_response_201 import (
        SupplierInvoiceCreateHeaderAttachmentByTypeBydocumentTypeinvoiceNumberResponse201,
    )
    from .supplier_invoice_create_header_attachment_byinvoice_number_response_201 import (
        SupplierInvoiceCreateHeaderAttachmentByinvoiceNumberResponse201,
    )
    from .supplier_invoice_create_line_attachment_by_type_bydocument_typeinvoice_numberline_number_response_201 import (
        SupplierInvoiceCreateLineAttachmentByTypeBydocumentTypeinvoiceNumberlineNumberResponse201,
    )
    from .supplier_invoice_create_line_attachment_byinvoice_numberline_number_response_201 import (
        SupplierInvoiceCreateLineAttachmentByinvoiceNumberlineNumberResponse201,
    )
    from .supplier_invoice_delete_bydocument_typeinvoice_number_document_type import (
        SupplierInvoiceDeleteBydocumentTypeinvoiceNumberDocumentType,
    )
    from .supplier_invoice_delete_bydocument_typeinvoice_number_response_204 import (
        SupplierInvoiceDeleteBydocumentTypeinvoiceNumberResponse204,
    )
    from .supplier_invoice_delete_byinvoice_number_response_204 import SupplierInvoiceDeleteByinvoiceNumberResponse204
    from .supplier_invoice_dto import SupplierInvoiceDto
    from .supplier_invoice_dto_approval_status import SupplierInvoiceDtoApprovalStatus
    from .supplier_invoice_dto_document_type import SupplierInvoiceDtoDocumentType
    from .supplier_invoice_dto_status import SupplierInvoiceDtoStatus
    from .supplier_invoice_dto_tax_calculation_mode import SupplierInvoiceDtoTaxCalculationMode
    from .supplier_invoice_for_supplier_query_parameters import SupplierInvoiceForSupplierQueryParameters
    from .supplier_invoice_for_supplier_query_parameters_document_type import (
        SupplierInvoiceForSupplierQueryParametersDocumentType,
    )
    from .supplier_invoice_for_supplier_query_parameters_status import SupplierInvoiceForSupplierQueryParametersStatus
    from .supplier_invoice_get_all_invoices_document_type import SupplierInvoiceGetAllInvoicesDocumentType
    from .supplier_invoice_get_all_invoices_status import SupplierInvoiceGetAllInvoicesStatus
    from .supplier_invoice_landed_cost_dto import SupplierInvoiceLandedCostDto
    from .supplier_invoice_landed_cost_dto_purchase_receipt_type import SupplierInvoiceLandedCostDtoPurchaseReceiptType
    from .supplier_invoice_landed_cost_update_dto import SupplierInvoiceLandedCostUpdateDto
    from .supplier_invoice_landed_cost_update_dto_operation import SupplierInvoiceLandedCostUpdateDtoOperation
    from .supplier_invoice_line_dto import SupplierInvoiceLineDto
    from .supplier_invoice_line_update_dto import SupplierInvoiceLineUpdateDto
    from .supplier_invoice_line_update_dto_operation import SupplierInvoiceLineUpdateDtoOperation
    from .supplier_invoice_post_response_201 import SupplierInvoicePostResponse201
    from .supplier_invoice_put_by_type_bydocument_typeinvoice_number_response_204 import (
        SupplierInvoicePutByTypeBydocumentTypeinvoiceNumberResponse204,
    )
    from .supplier_invoice_put_byinvoice_number_response_204 import SupplierInvoicePutByinvoiceNumberResponse204
    from .supplier_invoice_query_parameters import SupplierInvoiceQueryParameters
    from .supplier_invoice_query_parameters_document_type import SupplierInvoiceQueryParametersDocumentType
    from .supplier_invoice_query_parameters_status import SupplierInvoiceQueryParametersStatus
    from .supplier_invoice_update_dto import SupplierInvoiceUpdateDto
    from .supplier_item_account_dto import SupplierItemAccountDto
    from .supplier_location_create_response_201 import SupplierLocationCreateResponse201
    from .supplier_location_dto import SupplierLocationDto
    from .supplier_location_query_parameters import SupplierLocationQueryParameters
    from .supplier_location_update_byb_account_idlocation_id_response_204 import (
        SupplierLocationUpdateBybAccountIdlocationIdResponse204,
    )
    from .supplier_location_update_dto import SupplierLocationUpdateDto
    from .supplier_number_dto import SupplierNumberDto
    from .supplier_payment_adjustment_dto import SupplierPaymentAdjustmentDto
    from .supplier_payment_adjustment_dto_doc_type import SupplierPaymentAdjustmentDtoDocType
    from .supplier_payment_adjustment_update_dto import SupplierPaymentAdjustmentUpdateDto
    from .supplier_payment_adjustment_update_dto_operation import SupplierPaymentAdjustmentUpdateDtoOperation
    from .supplier_payment_create_supplier_payment_response_201 import SupplierPaymentCreateSupplierPaymentResponse201
    from .supplier_payment_dto import SupplierPaymentDto
    from .supplier_payment_dto_status import SupplierPaymentDtoStatus
    from .supplier_payment_dto_type import SupplierPaymentDtoType
    from .supplier_payment_get_all_payments_payment_type import SupplierPaymentGetAllPaymentsPaymentType
    from .supplier_payment_get_all_payments_status import SupplierPaymentGetAllPaymentsStatus
    from .supplier_payment_method_detail_dto import SupplierPaymentMethodDetailDto
    from .supplier_payment_method_detail_update_dto import SupplierPaymentMethodDetailUpdateDto
    from .supplier_payment_put_bypayment_number_response_204 import SupplierPaymentPutBypaymentNumberResponse204
    from .supplier_payment_query_parameters import SupplierPaymentQueryParameters
    from .supplier_payment_query_parameters_payment_type import SupplierPaymentQueryParametersPaymentType
    from .supplier_payment_query_parameters_status import SupplierPaymentQueryParametersStatus
    from .supplier_payment_update_dto import SupplierPaymentUpdateDto
    from .supplier_po_balance_dto import SupplierPOBalanceDto
    from .supplier_post_response_201 import SupplierPostResponse201
    from .supplier_put_bysupplier_cd_response_204 import SupplierPutBysupplierCdResponse204
    from .supplier_query_parameters import SupplierQueryParameters
    from .supplier_query_parameters_status import SupplierQueryParametersStatus
    from .supplier_subaccount_in_supplier_gl_accounts_dto import SupplierSubaccountInSupplierGlAccountsDto
    from .supplier_tax_zone_in_supplier_invoice_dto import SupplierTaxZoneInSupplierInvoiceDto
    from .supplier_update_dto import SupplierUpdateDto
    from .supplier_vat_zone_in_purchase_order_dto import SupplierVatZoneInPurchaseOrderDto
    from .task_dto import TaskDto
    from .task_dto_status import TaskDtoStatus
    from .task_employee_update_dto import TaskEmployeeUpdateDto
    from .task_employee_update_dto_operation import TaskEmployeeUpdateDtoOperation
    from .task_extended_dto import TaskExtendedDto
    from .task_extended_dto_status import TaskExtendedDtoStatus
    from .task_query_parameters import TaskQueryParameters
    from .task_query_parameters_status import TaskQueryParametersStatus
    from .task_update_dto import TaskUpdateDto
    from .task_update_dto_operation import TaskUpdateDtoOperation
    from .tax_category_id_in_purchase_receipt_line_basic_update_dto import (
        TaxCategoryIdInPurchaseReceiptLineBasicUpdateDto,
    )
    from .tax_category_id_in_purchase_receipt_line_update_dto import TaxCategoryIdInPurchaseReceiptLineUpdateDto
    from .tax_category_id_in_supplier_invoice_landed_cost_update_dto import (
        TaxCategoryIdInSupplierInvoiceLandedCostUpdateDto,
    )
    from .tax_category_in_expense_claim_detail_dto import TaxCategoryInExpenseClaimDetailDto
    from .tax_category_in_expense_claim_detail_update_dto import TaxCategoryInExpenseClaimDetailUpdateDto
    from .tax_category_in_expense_receipt_dto import TaxCategoryInExpenseReceiptDto
    from .tax_category_in_landed_cost_dto import TaxCategoryInLandedCostDto
    from .tax_category_in_purchase_order_line_dto import TaxCategoryInPurchaseOrderLineDto
    from .tax_category_in_purchase_receipt_line_dto import TaxCategoryInPurchaseReceiptLineDto
    from .tax_category_in_task_extended_dto import TaxCategoryInTaskExtendedDto
    from .tax_category_in_transaction_detail_dto import TaxCategoryInTransactionDetailDto
    from .tax_category_number_description_dto import TaxCategoryNumberDescriptionDto
    from .tax_detail_dto import TaxDetailDto
    from .tax_detail_update_dto import TaxDetailUpdateDto
    from .tax_in_cash_tran_tax_detail_dto import TaxInCashTranTaxDetailDto
    from .tax_number_description_dto import TaxNumberDescriptionDto
    from .tax_zone_in_financials_detail_dto import TaxZoneInFinancialsDetailDto
    from .template_in_project_dto import TemplateInProjectDto
    from .template_in_project_dto_status import TemplateInProjectDtoStatus
    from .template_number_description_dto import TemplateNumberDescriptionDto
    from .template_number_description_dto_status import TemplateNumberDescriptionDtoStatus
    from .terms_in_landed_cost_dto import TermsInLandedCostDto
    from .terms_in_purchase_order_dto import TermsInPurchaseOrderDto
    from .terms_in_sales_order_dto import TermsInSalesOrderDto
    from .thu_in_time_card_materials_update_dto import ThuInTimeCardMaterialsUpdateDto
    from .thu_in_time_card_summary_update_dto import ThuInTimeCardSummaryUpdateDto
    from .time_card_create_time_card_response_201 import TimeCardCreateTimeCardResponse201
    from .time_card_dto import TimeCardDto
    from .time_card_dto_approval_status import TimeCardDtoApprovalStatus
    from .time_card_dto_status import TimeCardDtoStatus
    from .time_card_dto_type import TimeCardDtoType
    from .time_card_get_all_employee_time_cards_status import TimeCardGetAllEmployeeTimeCardsStatus
    from .time_card_get_all_employee_time_cards_type import TimeCardGetAllEmployeeTimeCardsType
    from .time_card_materials_dto import TimeCardMaterialsDto
    from .time_card_materials_update_dto import TimeCardMaterialsUpdateDto
    from .time_card_materials_update_dto_operation import TimeCardMaterialsUpdateDtoOperation
    from .time_card_summary_dto import TimeCardSummaryDto
    from .time_card_summary_dto_approval_status import TimeCardSummaryDtoApprovalStatus
    from .time_card_summary_update_dto import TimeCardSummaryUpdateDto
    from .time_card_summary_update_dto_operation import TimeCardSummaryUpdateDtoOperation
    from .time_card_update_dto import TimeCardUpdateDto
    from .time_card_update_time_card_byreference_number_response_204 import (
        TimeCardUpdateTimeCardByreferenceNumberResponse204,
    )
    from .to_currency_id_in_create_currency_rate_dto import ToCurrencyIdInCreateCurrencyRateDto
    from .to_warehouse_in_inventory_transfer_dto import ToWarehouseInInventoryTransferDto
    from .to_warehouse_in_shipment_dto import ToWarehouseInShipmentDto
    from .transaction_description_in_purchase_receipt_line_basic_update_dto import (
        TransactionDescriptionInPurchaseReceiptLineBasicUpdateDto,
    )
    from .transaction_description_in_purchase_receipt_line_update_dto import (
        TransactionDescriptionInPurchaseReceiptLineUpdateDto,
    )
    from .transaction_detail_dto import TransactionDetailDto
    from .transaction_type_in_sales_order_dto import TransactionTypeInSalesOrderDto
    from .transaction_type_in_shipment_dto import TransactionTypeInShipmentDto
    from .transfer_number_in_inventory_receipt_update_dto import TransferNumberInInventoryReceiptUpdateDto
    from .transfer_order_line_nbr_in_purchase_receipt_line_basic_update_dto import (
        TransferOrderLineNbrInPurchaseReceiptLineBasicUpdateDto,
    )
    from .transfer_order_line_nbr_in_purchase_receipt_line_update_dto import (
        TransferOrderLineNbrInPurchaseReceiptLineUpdateDto,
    )
    from .transfer_order_nbr_in_purchase_receipt_line_basic_update_dto import (
        TransferOrderNbrInPurchaseReceiptLineBasicUpdateDto,
    )
    from .transfer_order_nbr_in_purchase_receipt_line_update_dto import TransferOrderNbrInPurchaseReceiptLineUpdateDto
    from .transfer_order_type_in_purchase_receipt_line_basic_update_dto import (
        TransferOrderTypeInPurchaseReceiptLineBasicUpdateDto,
    )
    from .transfer_order_type_in_purchase_receipt_line_basic_update_dto_value import (
        TransferOrderTypeInPurchaseReceiptLineBasicUpdateDtoValue,
    )
    from .transfer_order_type_in_purchase_receipt_line_update_dto import TransferOrderTypeInPurchaseReceiptLineUpdateDto
    from .transfer_order_type_in_purchase_receipt_line_update_dto_value import (
        TransferOrderTypeInPurchaseReceiptLineUpdateDtoValue,
    )
    from .transfers_valid_in_warehouse_location_update_dto import TransfersValidInWarehouseLocationUpdateDto
    from .tue_in_time_card_materials_update_dto import TueInTimeCardMaterialsUpdateDto
    from .tue_in_time_card_summary_update_dto import TueInTimeCardSummaryUpdateDto
    from .type_dto import TypeDto
    from .type_in_fixed_asset_dto import TypeInFixedAssetDto
    from .type_in_payment_update_dto import TypeInPaymentUpdateDto
    from .type_in_payment_update_dto_value import TypeInPaymentUpdateDtoValue
    from .type_in_supplier_payment_update_dto import TypeInSupplierPaymentUpdateDto
    from .type_in_supplier_payment_update_dto_value import TypeInSupplierPaymentUpdateDtoValue
    from .type_of_work_in_customer_invoice_lines_update_dto import TypeOfWorkInCustomerInvoiceLinesUpdateDto
    from .ui_extension_delete_byowner_idinternal_id_response_200 import UiExtensionDeleteByownerIdinternalIdResponse200
    from .ui_extension_delete_byowner_idinternal_idscreen_idstep_id_response_200 import (
        UiExtensionDeleteByownerIdinternalIdscreenIdstepIdResponse200,
    )
    from .ui_extension_dto import UiExtensionDto
    from .ui_extension_dto_type import UiExtensionDtoType
    from .ui_extension_get_all_ui_extensions_byowner_id_type import UiExtensionGetAllUiExtensionsByownerIdType
    from .ui_extension_post_response_200 import UiExtensionPostResponse200
    from .ui_extension_query_parameters import UiExtensionQueryParameters
    from .ui_extension_query_parameters_type import UiExtensionQueryParametersType
    from .ui_extension_screen_dto import UiExtensionScreenDto
    from .ui_extension_update_dto import UiExtensionUpdateDto
    from .ui_extension_update_dto_type import UiExtensionUpdateDtoType
    from .unit_cost_in_expense_claim_detail_update_dto import UnitCostInExpenseClaimDetailUpdateDto
    from .unit_cost_in_purchase_receipt_line_basic_update_dto import UnitCostInPurchaseReceiptLineBasicUpdateDto
    from .unit_cost_in_purchase_receipt_line_update_dto import UnitCostInPurchaseReceiptLineUpdateDto
    from .unit_of_measure_dto import UnitOfMeasureDto
    from .unit_of_measure_dto_supplementary_measure_unit import UnitOfMeasureDtoSupplementaryMeasureUnit
    from .unit_of_measure_dto_unit_mult_div import UnitOfMeasureDtoUnitMultDiv
    from .uo_m_in_time_card_materials_update_dto import UoMInTimeCardMaterialsUpdateDto
    from .uom_in_allocations_update_dto import UomInAllocationsUpdateDto
    from .uom_in_expense_claim_detail_update_dto import UomInExpenseClaimDetailUpdateDto
    from .uom_in_purchase_receipt_line_basic_update_dto import UomInPurchaseReceiptLineBasicUpdateDto
    from .uom_in_purchase_receipt_line_update_dto import UomInPurchaseReceiptLineUpdateDto
    from .update_cost_action_result_dto import UpdateCostActionResultDto
    from .update_cost_action_result_dto_action_result import UpdateCostActionResultDtoActionResult
    from .update_currency_rate_dto import UpdateCurrencyRateDto
    from .update_discounts_action_result_dto import UpdateDiscountsActionResultDto
    from .update_discounts_action_result_dto_action_result import UpdateDiscountsActionResultDtoActionResult
    from .update_note_dto import UpdateNoteDto
    from .user_description_dto import UserDescriptionDto
    from .validate_line_details_in_supplier_invoice_update_dto import ValidateLineDetailsInSupplierInvoiceUpdateDto
    from .vat_agency_id_in_vat_information_dto import VatAgencyIdInVatInformationDto
    from .vat_category_dto import VatCategoryDto
    from .vat_category_line_dto import VatCategoryLineDto
    from .vat_category_line_dto_calculate_on import VatCategoryLineDtoCalculateOn
    from .vat_category_line_dto_cash_discount import VatCategoryLineDtoCashDiscount
    from .vat_category_line_dto_type import VatCategoryLineDtoType
    from .vat_category_query_parameters import VatCategoryQueryParameters
    from .vat_claimable_account_in_vat_gl_accounts_dto import VatClaimableAccountInVatGlAccountsDto
    from .vat_claimable_account_in_vat_gl_accounts_dto_type import VatClaimableAccountInVatGlAccountsDtoType
    from .vat_claimable_subccount_in_vat_gl_accounts_dto import VatClaimableSubccountInVatGlAccountsDto
    from .vat_code_dto import VatCodeDto
    from .vat_code_in_cash_sale_line_dto import VatCodeInCashSaleLineDto
    from .vat_code_in_credit_note_line_dto import VatCodeInCreditNoteLineDto
    from .vat_code_in_customer_credit_note_line_dto import VatCodeInCustomerCreditNoteLineDto
    from .vat_code_in_customer_debit_note_line_dto import VatCodeInCustomerDebitNoteLineDto
    from .vat_code_in_customer_invoice_line_dto import VatCodeInCustomerInvoiceLineDto
    from .vat_code_in_customer_overdue_charge_line_dto import VatCodeInCustomerOverdueChargeLineDto
    from .vat_code_in_inventory_dto import VatCodeInInventoryDto
    from .vat_code_in_inventory_update_dto import VatCodeInInventoryUpdateDto
    from .vat_code_in_journal_transaction_line_dto import VatCodeInJournalTransactionLineDto
    from .vat_code_in_supplier_invoice_line_dto import VatCodeInSupplierInvoiceLineDto
    from .vat_dto import VatDto
    from .vat_gl_accounts_dto import VatGlAccountsDto
    from .vat_id_in_tax_detail_dto import VatIdInTaxDetailDto
    from .vat_in_journal_transaction_line_dto import VatInJournalTransactionLineDto
    from .vat_information_dto import VatInformationDto
    from .vat_information_dto_calculate_on import VatInformationDtoCalculateOn
    from .vat_information_dto_cash_discount import VatInformationDtoCashDiscount
    from .vat_information_dto_eu_report_code import VatInformationDtoEuReportCode
    from .vat_information_dto_type import VatInformationDtoType
    from .vat_information_dto_visma_xml_vat_type import VatInformationDtoVismaXmlVatType
    from .vat_information_schedule_dto import VatInformationScheduleDto
    from .vat_information_schedule_dto_group_type import VatInformationScheduleDtoGroupType
    from .vat_payable_account_in_vat_gl_accounts_dto import VatPayableAccountInVatGlAccountsDto
    from .vat_payable_account_in_vat_gl_accounts_dto_type import VatPayableAccountInVatGlAccountsDtoType
    from .vat_payable_subaccount_in_vat_gl_accounts_dto import VatPayableSubaccountInVatGlAccountsDto
    from .vat_put_vat_header_note_byvendor_cdtax_period_idrevision_id_response_200 import (
        VatPutVatHeaderNoteByvendorCdtaxPeriodIdrevisionIdResponse200,
    )
    from .vat_put_vat_line_note_byvendor_cdtax_period_idrevision_idline_number_response_200 import (
        VatPutVatLineNoteByvendorCdtaxPeriodIdrevisionIdlineNumberResponse200,
    )
    from .vat_query_parameters import VatQueryParameters
    from .vat_rate_line_dto import VatRateLineDto
    from .vat_registration_id_in_purchase_order_basic_update_dto import VatRegistrationIdInPurchaseOrderBasicUpdateDto
    from .vat_registration_id_in_purchase_order_update_dto import VatRegistrationIdInPurchaseOrderUpdateDto
    from .vat_registration_id_in_sales_order_basic_update_dto import VatRegistrationIdInSalesOrderBasicUpdateDto
    from .vat_registration_id_in_sales_order_update_dto import VatRegistrationIdInSalesOrderUpdateDto
    from .vat_zone_dto import VatZoneDto
    from .vat_zone_in_branch_dto import VatZoneInBranchDto
    from .vat_zone_in_customer_dto import VatZoneInCustomerDto
    from .vat_zone_in_entry_type_dto import VatZoneInEntryTypeDto
    from .vat_zone_in_extended_organization_dto import VatZoneInExtendedOrganizationDto
    from .vat_zone_in_location_dto import VatZoneInLocationDto
    from .vat_zone_in_supplier_dto import VatZoneInSupplierDto
    from .vat_zone_in_supplier_location_dto import VatZoneInSupplierLocationDto
    from .vat_zone_query_parameters import VatZoneQueryParameters
    from .visibility_dto import VisibilityDto
    from .visibility_in_project_basic_dto import VisibilityInProjectBasicDto
    from .visibility_in_project_dto import VisibilityInProjectDto
    from .visibility_in_task_extended_dto import VisibilityInTaskExtendedDto
    from .visibility_update_dto import VisibilityUpdateDto
    from .void_payment_action_dto import VoidPaymentActionDto
    from .void_payment_action_dto_type import VoidPaymentActionDtoType
    from .void_payment_action_result_dto import VoidPaymentActionResultDto
    from .void_payment_action_result_dto_action_result import VoidPaymentActionResultDtoActionResult
    from .void_payment_action_result_dto_type import VoidPaymentActionResultDtoType
    from .volume_uom_in_packaging_update_dto import VolumeUOMInPackagingUpdateDto
    from .warehouse_address_dto import WarehouseAddressDto
    from .warehouse_contact_dto import WarehouseContactDto
    from .warehouse_detail_dto import WarehouseDetailDto
    from .warehouse_dto import WarehouseDto
    from .warehouse_dto_avg_default_cost import WarehouseDtoAvgDefaultCost
    from .warehouse_dto_fifo_default_cost import WarehouseDtoFifoDefaultCost
    from .warehouse_dto_location_entry import WarehouseDtoLocationEntry
    from .warehouse_id_description_dto import WarehouseIdDescriptionDto
    from .warehouse_id_in_purchase_receipt_line_basic_update_dto import WarehouseIdInPurchaseReceiptLineBasicUpdateDto
    from .warehouse_id_in_purchase_receipt_line_update_dto import WarehouseIdInPurchaseReceiptLineUpdateDto
    from .warehouse_in_inventory_adjustment_line_dto import WarehouseInInventoryAdjustmentLineDto
    from .warehouse_in_inventory_issue_line_dto import WarehouseInInventoryIssueLineDto
    from .warehouse_in_inventory_receipt_line_dto import WarehouseInInventoryReceiptLineDto
    from .warehouse_in_inventory_summary_dto import WarehouseInInventorySummaryDto
    from .warehouse_in_inventory_transfer_dto import WarehouseInInventoryTransferDto
    from .warehouse_in_purchase_order_dto import WarehouseInPurchaseOrderDto
    from .warehouse_in_purchase_order_line_dto import WarehouseInPurchaseOrderLineDto
    from .warehouse_in_purchase_receipt_basic_dto import WarehouseInPurchaseReceiptBasicDto
    from .warehouse_in_purchase_receipt_dto import WarehouseInPurchaseReceiptDto
    from .warehouse_in_purchase_receipt_line_dto import WarehouseInPurchaseReceiptLineDto
    from .warehouse_in_shipment_detail_line_dto import WarehouseInShipmentDetailLineDto
    from .warehouse_in_stocktake_line_dto import WarehouseInStocktakeLineDto
    from .warehouse_in_stocktake_line_v2_dto import WarehouseInStocktakeLineV2Dto
    from .warehouse_location_dto import WarehouseLocationDto
    from .warehouse_location_dto_primary_item_valid import WarehouseLocationDtoPrimaryItemValid
    from .warehouse_location_update_dto import WarehouseLocationUpdateDto
    from .warehouse_post_bywarehouse_id_response_200 import WarehousePostBywarehouseIdResponse200
    from .warehouse_put_bywarehouse_i_dlocation_id_response_200 import WarehousePutBywarehouseIDlocationIdResponse200
    from .warehouse_query_parameters import WarehouseQueryParameters
    from .webhook_notification_feedback_dto import WebhookNotificationFeedbackDto
    from .webhook_notification_feedback_post_response_201 import WebhookNotificationFeedbackPostResponse201
    from .wed_in_time_card_materials_update_dto import WedInTimeCardMaterialsUpdateDto
    from .wed_in_time_card_summary_update_dto import WedInTimeCardSummaryUpdateDto
    from .week_in_time_card_dto import WeekInTimeCardDto
    from .week_number_description_dto import WeekNumberDescriptionDto
    from .weight_uom_in_packaging_update_dto import WeightUOMInPackagingUpdateDto
    from .without_with_vat_dto import WithoutWithVatDto
    from .work_type_dto import WorkTypeDto
    from .work_type_dto_rut_rot_type import WorkTypeDtoRutRotType
    from .write_off_reason_code_in_payment_line_dto import WriteOffReasonCodeInPaymentLineDto
