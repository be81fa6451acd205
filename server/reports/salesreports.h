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

// Posted sales invoices between two moments, by VAT rate: the base and the VAT.
QCborMap vatSummary(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                    const QDateTime &from, const QDateTime &to);

// Open receivables at a moment by counterparty, aged by days past the due date
// (not due, 1-30, 31-60, 61-90, over 90). An invoice without a due date is due on its date.
QCborMap receivablesAging(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                          const QDateTime &at);

// Month by month: what was invoiced, paid and credited, and what stayed open at the month's end.
QCborMap paymentDynamics(QSqlDatabase &db, const erp::core::UserInfo &user, const erp::meta::Model &model,
                         const QDateTime &from, const QDateTime &to);

} // namespace erp::reports
