#include "salesseries.h"

#include "core/access.h"
#include "core/registeraggregates.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"

#include <QCborValue>
#include <QSqlQuery>

namespace erp::reports {

int MonthSpan::indexOf(const QDate &monthStart) const
{
    return (monthStart.year() - first.year()) * 12 + monthStart.month() - first.month();
}

MonthSpan monthSpan(const QDateTime &from, const QDateTime &to)
{
    const QDate a = from.toUTC().date(), b = to.toUTC().date();
    MonthSpan span{QDate(a.year(), a.month(), 1), 0};
    span.months = std::max(0, (b.year() - a.year()) * 12 + b.month() - a.month() + 1);
    return span;
}

std::int64_t SubjectSales::total(const QList<std::int64_t> &monthly) const
{
    std::int64_t sum = 0;
    for (std::int64_t v : monthly)
        sum += v;
    return sum;
}

QHash<qint64, SubjectSales> salesByMonth(QSqlDatabase &db, const erp::core::UserInfo &user,
                                         const erp::meta::Model &model, const SalesSource &source, const MonthSpan &span,
                                         const QString &where, const QVariantList &whereBinds)
{
    QHash<qint64, SubjectSales> out;
    if (span.months <= 0)
        return out;
    const erp::meta::Register *sales = model.findRegister(QStringLiteral("sales"));
    const erp::meta::RegisterAggregate *aggregate = sales ? sales->aggregate(source.aggregate) : nullptr;
    const erp::meta::ObjectKind *catalog = model.kind(source.catalog);
    if (!aggregate || !catalog)
        return out; // switched off with its option
    const QString column = QStringLiteral("a.") + erp::core::aggregateColumn(*sales, source.dimension);
    QVariantList binds{span.first, span.last()};
    binds += whereBinds;
    QString access;
    const erp::core::RowFilter f = erp::core::AccessPolicy::visibleReference(user, model, source.catalog, column);
    if (!f.isEmpty()) {
        access = QStringLiteral(" AND ") + f.sql;
        binds += f.binds;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT COALESCE(%1, 0), MIN(%2), a.PERIOD, CAST(SUM(a.REVENUE) * 100 AS BIGINT), "
                                    "CAST(SUM(a.COST) * 100 AS BIGINT), SUM(a.RECORDERS) FROM %3 a "
                                    "LEFT JOIN %4 c ON c.ID = %5%6 WHERE a.PERIOD BETWEEN ? AND ?%7%8 "
                                    "GROUP BY COALESCE(%1, 0), a.PERIOD")
                         .arg(source.key, source.name, erp::db::quoteIdentifier(aggregate->table),
                              erp::db::quoteIdentifier(catalog->table), column, source.join, where, access),
                     binds);
    while (q.next()) {
        const qint64 key = q.value(0).toLongLong();
        auto it = out.find(key);
        if (it == out.end()) {
            it = out.insert(key, SubjectSales{q.value(1).toString(), QList<std::int64_t>(span.months, 0),
                                              QList<std::int64_t>(span.months, 0), QList<std::int64_t>(span.months, 0)});
        }
        const int month = span.indexOf(q.value(2).toDate());
        if (month < 0 || month >= span.months)
            continue;
        it->revenue[month] += q.value(3).toLongLong();
        it->cost[month] += q.value(4).toLongLong();
        it->sales[month] += q.value(5).toLongLong();
    }
    return out;
}

QString centsText(std::int64_t cents)
{
    const std::int64_t whole = cents / 100, part = std::abs(cents % 100);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 && whole == 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(part, 2, 10, QLatin1Char('0'));
}

QCborValue percentText(long double part, long double whole)
{
    if (whole == 0)
        return QCborValue(QCborValue::Null);
    return QString::number(double(100.0L * part / whole), 'f', 2);
}

} // namespace erp::reports
