#pragma once

#include <QCborValue>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QVariantList>
#include <QList>
#include <QString>

#include <cstdint>

class QSqlDatabase;

namespace erp::meta {
class Model;
}
namespace erp::core {
struct UserInfo;
}

// Sales per subject and month, read from an aggregate of the sales register (never from its
// movements), as the analytics reports need them. Money in cents.
namespace erp::reports {

// The whole months (UTC, as the register's months are) that contain from and to.
struct MonthSpan
{
    QDate first; // the first day of the first month
    int months = 0;

    QDate last() const { return first.addMonths(months - 1); }
    int indexOf(const QDate &monthStart) const;
};

MonthSpan monthSpan(const QDateTime &from, const QDateTime &to);

struct SubjectSales
{
    QString name;
    QList<std::int64_t> revenue; // per month of the span
    QList<std::int64_t> cost;
    QList<std::int64_t> sales; // the invoices counted
    std::int64_t total(const QList<std::int64_t> &monthly) const;
};

// What to read: the aggregate of the sales register, its dimension, the catalog it names and
// the SQL (over alias c, the catalog's row) of the key and name to group by: the subject itself,
// or its group (a product's product group, a partner's folder).
struct SalesSource
{
    QString aggregate;
    QString dimension;
    QString catalog;
    QString key = QStringLiteral("c.ID");
    QString name = QStringLiteral("c.NAME");
    QString join = {};
};

// Per key, the months of the span. Only rows whose subject the caller may see are counted.
QHash<qint64, SubjectSales> salesByMonth(QSqlDatabase &db, const erp::core::UserInfo &user,
                                         const erp::meta::Model &model, const SalesSource &source, const MonthSpan &span,
                                         const QString &where = {}, const QVariantList &whereBinds = {});

// A month as its report column holds it: yyyymm.
inline int monthNumber(const QDate &d)
{
    return d.year() * 100 + d.month();
}

// Cents as money text ("-12.30").
QString centsText(std::int64_t cents);
// A percentage with two decimals as text, or null when the base is zero.
QCborValue percentText(long double part, long double whole);

} // namespace erp::reports
