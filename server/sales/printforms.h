#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::sales {

// The sales area's printed forms: the sales invoice as a Czech tax document (§ 29 of the VAT
// act: supplier and customer with IČO and DIČ, number, dates of issue and taxable supply, lines
// with unit price without VAT, VAT rate, base and VAT, the recapitulation per rate, in CZK for a
// foreign currency) with its payment details and QR platba code.
void registerPrintForms(erp::core::AreaRegistry &areas);

} // namespace erp::sales
