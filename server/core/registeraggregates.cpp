#include "registeraggregates.h"

#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include "db/query.h"
#include <QStringList>

namespace erp::core {

using erp::db::quoteIdentifier;
using erp::meta::Register;
using erp::meta::RegisterAggregate;

namespace {

QStringList dimensionColumns(const Register &reg, const RegisterAggregate &a)
{
    QStringList columns;
    for (const QString &d : a.dimensions)
        columns.append(quoteIdentifier(reg.field(d)->column()));
    return columns;
}

QStringList resourceColumns(const Register &reg)
{
    QStringList columns;
    for (const erp::meta::Field &r : reg.resources)
        columns.append(quoteIdentifier(r.column()));
    return columns;
}

// INSERT … SELECT of the movements (all, or one recorder's) grouped by month and the
// aggregate's dimensions, times sign. Months are those of the totals: of PERIOD as stored (UTC).
QString fillStatement(const Register &reg, const RegisterAggregate &a, const QString &where, int sign)
{
    const QStringList dims = dimensionColumns(reg, a);
    const QStringList resources = resourceColumns(reg);
    QStringList counted;
    for (const QString &kind : a.counted)
        counted.append(u'\'' + kind + u'\'');
    const QString recorders =
        counted.isEmpty() ? QStringLiteral("0")
                          : QStringLiteral("COUNT(DISTINCT CASE WHEN m.\"RECORDER_KIND\" IN (%1) THEN m.\"RECORDER_ID\" END)")
                                .arg(counted.join(u", "));
    QStringList selected{QStringLiteral("m.MONTH_START"), QStringLiteral("%1 * %2").arg(sign).arg(recorders)};
    QStringList inner{QStringLiteral("DATEADD(1 - EXTRACT(DAY FROM m0.\"PERIOD\") DAY TO CAST(m0.\"PERIOD\" AS DATE)) "
                                     "AS MONTH_START"),
                      QStringLiteral("m0.\"RECORDER_KIND\""), QStringLiteral("m0.\"RECORDER_ID\"")};
    QStringList grouped{QStringLiteral("m.MONTH_START")};
    for (const QString &d : dims) {
        selected.append(QStringLiteral("m.") + d);
        inner.append(QStringLiteral("m0.") + d);
        grouped.append(QStringLiteral("m.") + d);
    }
    for (const QString &r : resources) {
        selected.append(QStringLiteral("%1 * SUM(m.%2)").arg(sign).arg(r));
        inner.append(QStringLiteral("m0.%1 * m0.\"DIRECTION\" AS %1").arg(r));
    }
    return QStringLiteral("INSERT INTO %1 (\"PERIOD\", \"RECORDERS\", %2) SELECT %3 FROM (SELECT %4 FROM %5 m0%6) m "
                          "GROUP BY %7")
        .arg(quoteIdentifier(a.table), (dims + resources).join(u", "), selected.join(u", "), inner.join(u", "),
             quoteIdentifier(reg.table), where, grouped.join(u", "));
}

QString shapeOf(const Register &reg, const RegisterAggregate &a)
{
    return QStringLiteral("dimensions=%1;resources=%2;counted=%3")
        .arg(a.dimensions.join(u','), resourceColumns(reg).join(u','), a.counted.join(u','));
}

} // namespace

QString aggregateColumn(const Register &reg, const QString &dimension)
{
    return quoteIdentifier(reg.field(dimension)->column());
}

void addToAggregates(QSqlDatabase &db, const Register &reg, qint64 recorderId, int sign)
{
    erp::db::Query q(db);
    for (const RegisterAggregate &a : reg.aggregates)
        erp::db::execute(q, fillStatement(reg, a, QStringLiteral(" WHERE m0.\"RECORDER_ID\" = ?"), sign < 0 ? -1 : 1),
                         {qlonglong(recorderId)});
}

bool fillAggregates(QSqlDatabase &db, const erp::meta::Model &model, QString *error)
{
    erp::db::Query q(db);
    auto run = [&](const QString &sql, const QVariantList &binds = {}) {
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec())
            return true;
        *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        return false;
    };
    for (const Register &reg : model.registers())
        for (const RegisterAggregate &a : reg.aggregates) {
            const QString shape = shapeOf(reg, a);
            if (!run(QStringLiteral("SELECT SHAPE FROM ERP_AGGREGATES WHERE TABLE_NAME = ?"), {a.table}))
                return false;
            const bool known = q.next();
            if (known && q.value(0).toString() == shape)
                continue;
            const QVariant now = QDateTime::currentDateTimeUtc();
            if (!run(QStringLiteral("DELETE FROM %1").arg(quoteIdentifier(a.table))) ||
                !run(fillStatement(reg, a, QString(), 1)) ||
                !run(known ? QStringLiteral("UPDATE ERP_AGGREGATES SET SHAPE = ?, WATERMARK = 0, FILLED_AT = ? "
                                            "WHERE TABLE_NAME = ?")
                           : QStringLiteral("INSERT INTO ERP_AGGREGATES (SHAPE, WATERMARK, FILLED_AT, TABLE_NAME) "
                                            "VALUES (?, 0, ?, ?)"),
                     {shape, now, a.table}))
                return false;
        }
    return true;
}

qint64 compactAggregates(QSqlDatabase &db, const erp::meta::Model &model)
{
    qint64 folded = 0;
    erp::db::Query q(db);
    for (const Register &reg : model.registers())
        for (const RegisterAggregate &a : reg.aggregates) {
            const QString table = quoteIdentifier(a.table);
            erp::db::execute(q, QStringLiteral("SELECT WATERMARK FROM ERP_AGGREGATES WHERE TABLE_NAME = ?"), {a.table});
            if (!q.next())
                continue; // not filled yet
            const qlonglong watermark = q.value(0).toLongLong();
            erp::db::execute(q, QStringLiteral("SELECT MAX(\"ID\") FROM %1").arg(table));
            const qlonglong top = q.next() ? q.value(0).toLongLong() : 0;
            if (top <= watermark)
                continue;
            // By month: a posting touches few months, and a month is folded without a
            // correlated subquery over the table being changed. Rows a posting still writes are
            // not seen (snapshot) and stay as they are: the sums stay right either way.
            erp::db::execute(q,
                             QStringLiteral("SELECT DISTINCT \"PERIOD\" FROM %1 WHERE \"ID\" > ? AND \"ID\" <= ?")
                                 .arg(table),
                             {watermark, top});
            QVariantList months;
            while (q.next())
                months.append(q.value(0));
            const QStringList dims = dimensionColumns(reg, a);
            const QStringList resources = resourceColumns(reg);
            QStringList sums{QStringLiteral("SUM(\"RECORDERS\")")};
            QStringList nonZero{QStringLiteral("SUM(\"RECORDERS\") <> 0")};
            for (const QString &r : resources) {
                sums.append(QStringLiteral("SUM(%1)").arg(r));
                nonZero.append(QStringLiteral("SUM(%1) <> 0").arg(r));
            }
            for (const QVariant &month : std::as_const(months)) {
                erp::db::execute(q, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE \"PERIOD\" = ? AND \"ID\" <= ?").arg(table),
                                 {month, top});
                const qint64 before = q.next() ? q.value(0).toLongLong() : 0;
                erp::db::execute(
                    q,
                    QStringLiteral("INSERT INTO %1 (\"PERIOD\", %2, \"RECORDERS\", %3) SELECT \"PERIOD\", %2, %4 "
                                   "FROM %1 WHERE \"PERIOD\" = ? AND \"ID\" <= ? GROUP BY \"PERIOD\", %2 HAVING %5")
                        .arg(table, dims.join(u", "), resources.join(u", "), sums.join(u", "),
                             nonZero.join(QStringLiteral(" OR "))),
                    {month, top});
                const qint64 after = q.numRowsAffected();
                erp::db::execute(q, QStringLiteral("DELETE FROM %1 WHERE \"PERIOD\" = ? AND \"ID\" <= ?").arg(table),
                                 {month, top});
                folded += before - after;
            }
            erp::db::execute(q, QStringLiteral("UPDATE ERP_AGGREGATES SET WATERMARK = ? WHERE TABLE_NAME = ?"),
                             {top, a.table});
        }
    return folded;
}

} // namespace erp::core
