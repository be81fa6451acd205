#pragma once

#include <QString>

#include "decimal.h"

#include <QList>

class QCborValue;
class QString;

namespace erp::core {
struct PostingContext;
}

namespace erp::sales {

// Free stock (stock minus reservations) of each product in a warehouse never below zero, both
// over all receipts and at the document's moment (goods received later are not free yet);
// fails naming every product short.
void checkFreeStock(erp::core::PostingContext &ctx, const QCborValue &warehouse, const QList<qint64> &products);

// Sales order: opens every line's progress (orderprogress.h): to ship, to invoice, and the
// reservations of the lines that reserve from stock (never more than is free).
void postSalesOrder(erp::core::PostingContext &ctx);
// Sales invoice: a receivable of the counterparty by invoice; Dr 311 / Cr 604 net, Cr 343 VAT;
// the revenue in the sales register, and what it leaves to credit (creditnotes.h).
// It also closes what it invoices of its order's (or shipment's) lines.
void postSalesInvoice(erp::core::PostingContext &ctx);
// Incoming payment: settles the invoices of its lines (never more than is owed) and brings
// the money to the bank or the till; Dr 221 or 211 / Cr 311.
void postIncomingPayment(erp::core::PostingContext &ctx);

// Money in or out against invoices: each line settles its invoice in `openRegister` (settles:
// -1 pays what is owed, +1 gives money back), the money moves in `cash`, and the ledger books it
// at the invoices' rates (settleInAccountingCurrency). Payments, refunds and supplier payments.
struct PaymentSides
{
    QString openRegister; // settlements, payables
    int settles = -1;
    QString invoiceKind;
    QString invoiceField;
    QString partyAccount; // 311, 321
    bool incoming = true; // money comes in
};
void postPayment(erp::core::PostingContext &ctx, const PaymentSides &sides);

// The ledger side of a payment in any currency (also used for supplier payments).
void settleInAccountingCurrency(erp::core::PostingContext &ctx, const QString &invoiceKind, const QString &invoiceField,
                                const erp::Decimal &total, const QString &moneyAccount, const QString &partyAccount,
                                bool incoming);
// Exchange rates from the document's date on, in the exchange_rates information register.
void postExchangeRateSetting(erp::core::PostingContext &ctx);
// Price setting: the prices of its lines from its date on, in the prices information register.
void postPriceSetting(erp::core::PostingContext &ctx);

} // namespace erp::sales
