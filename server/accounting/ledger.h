#pragma once

#include "core/posting.h"
#include "decimal.h"

#include <QCborValue>
#include <QDateTime>

namespace erp::accounting {

// The id of an account of the chart by its code; fails the posting when it is missing.
qint64 accountId(erp::core::PostingContext &ctx, const QString &code);

// A general-ledger entry: always one debit and one credit account, so every posting balances.
// Amounts in the document's currency are converted to the organization's (accounting)
// currency at the document's date; stock costs are already in it (documentCurrency false).
// A negative amount is booked as the positive entry with the sides swapped; zero books nothing.
void ledger(erp::core::PostingContext &ctx, const QString &debit, const QString &credit, const erp::Decimal &amount,
            bool documentCurrency = true);

// An amount of a currency in the organization's currency at a moment (the exchange_rates
// register); the same amount when the currency is empty or the organization's own. Fails the
// posting naming the currency and the date when no rate is set.
erp::Decimal toAccountingCurrency(erp::core::PostingContext &ctx, const QCborValue &currency, const QDateTime &at,
                                  const erp::Decimal &amount);

} // namespace erp::accounting
