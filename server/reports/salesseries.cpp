#include "salesseries.h"

#include "core/access.h"
#include "core/registeraggregates.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"

#include <QCborValue>
#include "db/query.h"

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

namespace {

struct Subject
{
    qint64 key = 0;
    QString name;
};

// The group key and name of every object the aggregate names in the span, in one statement
// that looks each up once by its primary key: joining the catalog to every month's row of the
// aggregate costs more than reading the aggregate itself. An id the catalog does not hold (or
// null) stands for key 0.
QHash<qint64, Subject> subjectsOf(QSqlDatabase &db, const erp::meta::ObjectKind &catalog, const SalesSource &source,
                                  const QString &aggregateTable, const QString &column, const MonthSpan &span)
{
    QHash<qint64, Subject> out;
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT c.ID, COALESCE(%1, 0), %2 FROM (SELECT DISTINCT %3 AS SUBJECT FROM %4 a "
                                    "WHERE a.PERIOD BETWEEN ? AND ?) s JOIN %5 c ON c.ID = s.SUBJECT%6")
                         .arg(source.key, source.name, column, aggregateTable, erp::db::quoteIdentifier(catalog.table),
                              source.join),
                     {span.first, span.last()});
    while (q.next())
        out.insert(q.value(0).toLongLong(), Subject{q.value(1).toLongLong(), q.value(2).toString()});
    erp::db::throwIfFetchFailed(q);
    return out;
}

} // namespace

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
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT %1, a.PERIOD, CAST(SUM(a.REVENUE) * 10000 AS BIGINT), "
                                    "CAST(SUM(a.COST) * 10000 AS BIGINT), SUM(a.RECORDERS) FROM %2 a "
                                    "WHERE a.PERIOD BETWEEN ? AND ?%3%4 GROUP BY %1, a.PERIOD")
                         .arg(column, erp::db::quoteIdentifier(aggregate->table), where, access),
                     binds);
    struct Row
    {
        qint64 id;
        int month;
        std::int64_t revenue, cost, sales;
    };
    QList<Row> rows;
    while (q.next()) {
        const int month = span.indexOf(q.value(1).toDate());
        if (month < 0 || month >= span.months)
            continue;
        const qint64 id = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        rows.append({id, month, q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    erp::db::throwIfFetchFailed(q);
    // A constant key (one series of everything) needs no names.
    const bool oneKey = !source.key.contains(u'.');
    const QHash<qint64, Subject> subjects =
        oneKey ? QHash<qint64, Subject>()
               : subjectsOf(db, *catalog, source, erp::db::quoteIdentifier(aggregate->table), column, span);
    // Summed exactly (money is kept to four places), rounded to cents once per key and month.
    QHash<qint64, SubjectSales> exact;
    for (const Row &r : std::as_const(rows)) {
        const Subject subject = oneKey ? Subject{source.key.toLongLong(), QString()} : subjects.value(r.id);
        auto it = exact.find(subject.key);
        if (it == exact.end())
            it = exact.insert(subject.key, SubjectSales{subject.name, QList<std::int64_t>(span.months, 0),
                                                        QList<std::int64_t>(span.months, 0),
                                                        QList<std::int64_t>(span.months, 0)});
        it->revenue[r.month] += r.revenue;
        it->cost[r.month] += r.cost;
        it->sales[r.month] += r.sales;
    }
    const auto cents = [](std::int64_t tenThousandths) {
        return (tenThousandths + (tenThousandths < 0 ? -50 : 50)) / 100; // half away from zero
    };
    for (auto it = exact.begin(); it != exact.end(); ++it) {
        for (int m = 0; m < span.months; ++m) {
            it->revenue[m] = cents(it->revenue[m]);
            it->cost[m] = cents(it->cost[m]);
        }
        out.insert(it.key(), *it);
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
