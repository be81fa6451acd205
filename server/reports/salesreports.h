#pragma once

#include <QCborMap>
#include <QDateTime>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
struct UserInfo;
}

namespace erp::reports {

// Every report shows only what the user may see (the access gate's row filters on the
// references it groups by).

// Sales from the sales register between two moments, grouped by month, partner or product:
// quantity, revenue, cost and margin.
QCborMap salesByPeriod(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                       const QDateTime &from, const QDateTime &to, const QString &groupBy);

// One organization's posted documents between two moments, by VAT rate: the base and the VAT,
// output from sales invoices less credit notes and customer returns, input from supplier
// invoices less returns to suppliers. Fails naming "organization" when there is none such.
QCborMap vatSummary(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                    const QDateTime &from, const QDateTime &to, qint64 organization);

// Open receivables at a moment by counterparty, aged by days past the due date
// (not due, 1-30, 31-60, 61-90, over 90). An invoice without a due date is due on its date.
// What a credit note left the customer owed on a paid invoice (a negative balance) is not aged:
// it is shown, negative, as "credit" (we owe it; a refund settles it), and totals net it.
QCborMap receivablesAging(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                          const QDateTime &at);

// Month by month: what was invoiced, paid, credited (credit notes and returns) and refunded,
// and what stayed open at the month's end.
QCborMap paymentDynamics(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                         const QDateTime &from, const QDateTime &to);

} // namespace erp::reports
