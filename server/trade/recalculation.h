#pragma once

namespace erp::core {
struct RecalcContext;
}

class QString;

namespace erp::trade {

// The commercial arithmetic of documents with product lines, in one place for every kind that
// registers it: a line without a price takes its price type's price at the document's date;
// a line's amount is quantity times price when a price is given; its VAT is rounded per line,
// or once per rate when the organization rounds per document; the header carries the totals
// without VAT, the VAT and the total (a payment's total is the sum of its lines).
void recalculateLines(erp::core::RecalcContext &ctx);

// An invoice without a due date is due its payment terms after its date: the counterparty's
// payment days, else the partner's (named by partnerField), else on its date.
void fillDueDate(erp::core::RecalcContext &ctx, const QString &partnerField);

} // namespace erp::trade
