#pragma once

namespace erp::core {
struct RecalcContext;
}

class QString;

namespace erp::trade {

// The commercial arithmetic of documents with product lines, in one place for every kind that
// registers it. It runs on every save and, while a clerk types, on a document not saved yet, so
// it is cheap (a few reads per document, not per line) and never fails over what is merely not
// filled in yet (a line without a product, a quantity or a price).
// - A line without a price takes the price of the document's price type at its date, else the
//   product's own price: its sale price in sales documents, its purchase price in purchase
//   documents (recalculateSalesLines, recalculatePurchaseLines; recalculateLines takes neither).
// - A line without a VAT rate takes its product's; a free-text line (a description, no
//   product) takes the standard rate. Price and rate are filled only while empty: a client
//   that changes a line's product clears them to have them filled again.
// - A line's amount is quantity times price when a price is given; its VAT is the percentage
//   its rate has on the document's date (shown in vat_percent; an exempt rate charges none;
//   a taxed rate without a percentage valid then is an error naming lines[n].vat_rate),
//   rounded per line, or once per rate when the organization rounds per document.
// - The header carries the totals without VAT, the VAT and the total (a payment's total is
//   the sum of its lines).
void recalculateLines(erp::core::RecalcContext &ctx);
void recalculateSalesLines(erp::core::RecalcContext &ctx);
void recalculatePurchaseLines(erp::core::RecalcContext &ctx);

// An invoice without a due date is due its payment terms after its date: the counterparty's
// payment days, else the partner's (named by partnerField), else on its date.
void fillDueDate(erp::core::RecalcContext &ctx, const QString &partnerField);

} // namespace erp::trade
