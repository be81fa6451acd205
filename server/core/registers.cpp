#include "registers.h"

#include "registeraggregates.h"

#include "db/sqltypes.h"
#include "i18n/numberformat.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include "db/query.h"

#include <algorithm>

namespace erp::core {

using erp::db::execute;
using erp::db::quoteIdentifier;
using erp::meta::Field;
using erp::meta::Register;
using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Registers)
};

QVariant timestamp(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    return QDateTime(u.date(), u.time());
}

QDate monthOf(const QDateTime &utc)
{
    const QDate d = utc.toUTC().date();
    return QDate(d.year(), d.month(), 1);
}

erp::Decimal decimalOf(const QCborValue &v)
{
    return erp::Decimal::parse(v.toString()).value_or(erp::Decimal());
}

// "t.WAREHOUSE IS NOT DISTINCT FROM ? AND t.PRODUCT IS NOT DISTINCT FROM ?" with its binds. A
// dimension the map does not name matches any value (the sum over it); a null one matches null.
QString dimensionMatch(const Register &reg, const QCborMap &dims, const QString &alias, QVariantList *binds)
{
    QStringList parts{QStringLiteral("1 = 1")};
    for (const Field &d : reg.dimensions) {
        if (!dims.contains(d.name))
            continue;
        parts.append(QStringLiteral("%1.%2 IS NOT DISTINCT FROM %3")
                         .arg(alias, quoteIdentifier(d.column()), erp::db::placeholder(d)));
        binds->append(erp::db::toSqlValue(d, dims.value(d.name)));
    }
    return parts.join(QStringLiteral(" AND "));
}

QCborMap dimensionsOf(const Register &reg, const QCborMap &values)
{
    QCborMap dims;
    for (const Field &d : reg.dimensions) {
        const QCborValue v = values.value(d.name);
        dims.insert(d.name, v.isUndefined() ? QCborValue(QCborValue::Null) : v);
    }
    return dims;
}

// The one order in which every posting takes a register's rows: by dimensions.
bool dimensionsLess(const Register &reg, const QCborMap &a, const QCborMap &b)
{
    for (const Field &d : reg.dimensions) {
        const QCborValue x = a.value(d.name), y = b.value(d.name);
        if (x != y)
            return x < y;
    }
    return false;
}

// The period of a dimension set's lock row in the totals table: before any real month, zero.
const QString LockRowPeriod = QStringLiteral("DATE '0001-01-01'");

} // namespace

void RegisterWriter::applyToTotals(const Register &reg, const QDate &month, const QCborMap &values, int sign)
{
    QStringList sourceColumns{QStringLiteral("CAST(? AS DATE) AS PERIOD")};
    QVariantList binds{month};
    QStringList match{QStringLiteral("t.PERIOD = s.PERIOD")};
    QStringList insertColumns{QStringLiteral("PERIOD")};
    QStringList insertValues{QStringLiteral("s.PERIOD")};
    QStringList updates;
    for (const Field &d : reg.dimensions) {
        const QString column = quoteIdentifier(d.column());
        sourceColumns.append(
            QStringLiteral("CAST(%1 AS %2) AS %3").arg(erp::db::placeholder(d), erp::db::sqlBaseType(d), column));
        binds.append(erp::db::toSqlValue(d, values.value(d.name)));
        match.append(QStringLiteral("t.%1 IS NOT DISTINCT FROM s.%1").arg(column));
        insertColumns.append(column);
        insertValues.append(QStringLiteral("s.") + column);
    }
    for (const Field &r : reg.resources) {
        const QString column = quoteIdentifier(r.column());
        erp::Decimal amount = decimalOf(values.value(r.name));
        if (sign < 0)
            amount = amount.negated();
        sourceColumns.append(
            QStringLiteral("CAST(CAST(? AS VARCHAR(40)) AS %1) AS %2").arg(erp::db::sqlBaseType(r), column));
        binds.append(amount.toString());
        insertColumns.append(column);
        insertValues.append(QStringLiteral("s.") + column);
        updates.append(QStringLiteral("%1 = t.%1 + s.%1").arg(column));
    }
    erp::db::Query q(m_db);
    try {
        execute(q,
                QStringLiteral("MERGE INTO %1 t USING (SELECT %2 FROM RDB$DATABASE) s ON %3 "
                               "WHEN MATCHED THEN UPDATE SET %4 WHEN NOT MATCHED THEN INSERT (%5) VALUES (%6)")
                    .arg(quoteIdentifier(reg.totalsTable), sourceColumns.join(u", "),
                         match.join(QStringLiteral(" AND ")), updates.join(u", "), insertColumns.join(u", "),
                         insertValues.join(u", ")),
                binds);
    } catch (const erp::rpc::RpcError &e) {
        // Two postings creating the same month's totals row at once: the second one runs again
        // and then finds the row.
        if (e.code == ErrorCode::Duplicate)
            throw erp::rpc::TransientDbError{e.message};
        throw;
    }
}

void RegisterWriter::replace(const QString &recorderKind, qint64 recorderId, const QList<Movement> &movements,
                             const ShortfallText &explain)
{
    for (const Register &reg : m_model.registers()) {
        const bool balance = reg.type == erp::meta::RegisterType::Balance;
        // A recorder the register lets go below zero is not controlled.
        const bool controlled = balance && !reg.nonNegative.isEmpty() && !reg.belowZeroBy.contains(recorderKind);
        const QList<QCborMap> oldMovements = balance ? movementsOf(reg, recorderId) : QList<QCborMap>();
        auto periodOf = [](const QCborMap &old) {
            return QDateTime::fromString(old.value(QStringLiteral("period")).toString(), Qt::ISODateWithMs);
        };
        // The dimension sets this posting lowers (it takes out a receipt or adds an expense of
        // a non-negative resource), each from the earliest moment it touches there. Only they
        // need the control: a posting that only adds cannot drive any moment below zero.
        QList<Lowered> lowered;
        auto note = [&](const QCborMap &values, const QDateTime &period, int sign, const Movement *now) {
            const QCborMap dims = dimensionsOf(reg, values);
            auto it =
                std::find_if(lowered.begin(), lowered.end(), [&](const Lowered &l) { return l.dimensions == dims; });
            if (it == lowered.end())
                it = lowered.insert(lowered.end(), Lowered{dims, period, false, {}, {}, false});
            it->from = std::min(it->from, period);
            for (const QString &resource : reg.nonNegative) {
                const erp::Decimal amount = decimalOf(values.value(resource));
                if (!amount.isZero() && amount.isNegative() == (sign > 0))
                    it->lowers = true;
                if (now) { // what the new movements take from the set: what was there for them is this minus the shortfall
                    const erp::Decimal taken = sign > 0 ? amount.negated() : amount;
                    it->taken[resource] = it->taken.value(resource).plus(taken).value_or(it->taken.value(resource));
                    if (!taken.isNegative() && !taken.isZero() && !it->takes) {
                        it->source = now->source;
                        it->takes = true;
                    } else if (it->source.isEmpty()) { // a receipt made smaller (an order line cut below what shipped)
                        it->source = now->source;
                    }
                }
            }
        };
        if (controlled) {
            for (const QCborMap &old : oldMovements)
                note(old, periodOf(old), -int(old.value(QStringLiteral("direction")).toInteger()), nullptr);
            for (const Movement &m : movements)
                if (m.registerName == reg.name)
                    note(m.values, m.period.toUTC(), m.direction, &m);
            lowered.removeIf([](const Lowered &l) { return !l.lowers; });
            std::sort(lowered.begin(), lowered.end(), [&reg](const Lowered &a, const Lowered &b) {
                return dimensionsLess(reg, a.dimensions, b.dimensions);
            });
            // Lock rows first, in the order of dimensions, before any month row of the register.
            QList<QCborMap> sets;
            for (const Lowered &l : std::as_const(lowered))
                sets.append(l.dimensions);
            lockDimensionSets(reg, sets);
        }
        // Take the old movements out of the totals, then delete them.
        QList<const Field *> fields;
        for (const QList<Field> *list : {&reg.dimensions, &reg.resources})
            for (const Field &f : *list)
                fields.append(&f);
        for (const QCborMap &old : oldMovements)
            applyToTotals(reg, monthOf(periodOf(old)), old, -int(old.value(QStringLiteral("direction")).toInteger()));
        if (!reg.aggregates.isEmpty())
            addToAggregates(m_db, reg, recorderId, -1);
        erp::db::Query q(m_db);
        execute(q, QStringLiteral("DELETE FROM %1 WHERE RECORDER_ID = ?").arg(quoteIdentifier(reg.table)),
                {qlonglong(recorderId)});

        // Rows in one order for every posting (by dimensions): two postings that touch the same
        // rows then queue up instead of deadlocking.
        QList<const Movement *> ordered;
        for (const Movement &m : movements)
            if (m.registerName == reg.name)
                ordered.append(&m);
        std::stable_sort(ordered.begin(), ordered.end(), [&reg](const Movement *a, const Movement *b) {
            return dimensionsLess(reg, a->values, b->values);
        });
        int line = 0;
        for (const Movement *movement : std::as_const(ordered)) {
            const Movement &m = *movement;
            QStringList insertColumns{QStringLiteral("ID"),          QStringLiteral("RECORDER_KIND"),
                                      QStringLiteral("RECORDER_ID"), QStringLiteral("LINE_NO"),
                                      QStringLiteral("PERIOD"),      QStringLiteral("DIRECTION")};
            QStringList marks{QStringLiteral("NEXT VALUE FOR ") + erp::db::ObjectIdSequence,
                              QStringLiteral("?"),
                              QStringLiteral("?"),
                              QStringLiteral("?"),
                              QStringLiteral("?"),
                              QStringLiteral("?")};
            QVariantList binds{recorderKind, qlonglong(recorderId), ++line, timestamp(m.period),
                               balance ? m.direction : 1};
            for (const Field *f : std::as_const(fields)) {
                insertColumns.append(quoteIdentifier(f->column()));
                marks.append(erp::db::placeholder(*f));
                binds.append(erp::db::toSqlValue(*f, m.values.value(f->name)));
            }
            execute(q,
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(quoteIdentifier(reg.table), insertColumns.join(u", "), marks.join(u", ")),
                    binds);
            if (balance)
                applyToTotals(reg, monthOf(m.period), m.values, m.direction);
        }
        if (!reg.aggregates.isEmpty() && !ordered.isEmpty())
            addToAggregates(m_db, reg, recorderId, 1);
        if (controlled && !lowered.isEmpty())
            checkControls(reg, lowered, explain);
    }
}

Balance RegisterWriter::balance(const Register &reg, const QCborMap &dimensions)
{
    QStringList sums;
    for (const Field &r : reg.resources)
        sums.append(QStringLiteral("CAST(COALESCE(SUM(t.%1), 0) AS VARCHAR(40))").arg(quoteIdentifier(r.column())));
    QVariantList binds;
    const QString where = dimensionMatch(reg, dimensions, QStringLiteral("t"), &binds);
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(
        q,
        QStringLiteral("SELECT %1 FROM %2 t WHERE %3").arg(sums.join(u", "), quoteIdentifier(reg.totalsTable), where),
        binds);
    Balance out;
    q.next();
    for (int i = 0; i < reg.resources.size(); ++i)
        out.insert(reg.resources[i].name, erp::Decimal::parse(q.value(i).toString()).value_or(erp::Decimal()));
    return out;
}

Balance RegisterWriter::balanceAt(const Register &reg, const QCborMap &dimensions, const QDateTime &at)
{
    QStringList sums, fromTotals, fromMovements;
    for (const Field &r : reg.resources) {
        const QString c = quoteIdentifier(r.column());
        sums.append(QStringLiteral("CAST(COALESCE(SUM(%1), 0) AS VARCHAR(40))").arg(c));
        fromTotals.append(QStringLiteral("t.") + c);
        fromMovements.append(QStringLiteral("m.%1 * m.DIRECTION").arg(c));
    }
    const QDate month = monthOf(at);
    QVariantList binds;
    QStringList totalsWhere{QStringLiteral("t.PERIOD < ?")};
    binds.append(month);
    if (!reg.dimensions.isEmpty())
        totalsWhere.append(dimensionMatch(reg, dimensions, QStringLiteral("t"), &binds));
    QStringList movementsWhere{QStringLiteral("m.PERIOD >= ? AND m.PERIOD <= ?")};
    binds.append(QDateTime(month, QTime(0, 0)));
    binds.append(timestamp(at));
    if (!reg.dimensions.isEmpty())
        movementsWhere.append(dimensionMatch(reg, dimensions, QStringLiteral("m"), &binds));
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT %1 FROM (SELECT %2 FROM %3 t WHERE %4 UNION ALL SELECT %5 FROM %6 m WHERE %7)")
                .arg(sums.join(u", "), fromTotals.join(u", "), quoteIdentifier(reg.totalsTable),
                     totalsWhere.join(QStringLiteral(" AND ")), fromMovements.join(u", "), quoteIdentifier(reg.table),
                     movementsWhere.join(QStringLiteral(" AND "))),
            binds);
    Balance out;
    q.next();
    for (int i = 0; i < reg.resources.size(); ++i)
        out.insert(reg.resources[i].name, erp::Decimal::parse(q.value(i).toString()).value_or(erp::Decimal()));
    return out;
}

QList<QCborMap> RegisterWriter::movementsOf(const Register &reg, qint64 recorderId)
{
    QStringList columns{QStringLiteral("m.PERIOD"), QStringLiteral("m.DIRECTION")};
    QList<const Field *> fields;
    for (const QList<Field> *list : {&reg.dimensions, &reg.resources})
        for (const Field &f : *list) {
            fields.append(&f);
            columns.append(erp::db::selectExpression(f, QStringLiteral("m")));
        }
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT %1 FROM %2 m WHERE m.RECORDER_ID = ? ORDER BY m.LINE_NO")
                .arg(columns.join(u", "), quoteIdentifier(reg.table)),
            {qlonglong(recorderId)});
    QList<QCborMap> rows;
    while (q.next()) {
        QCborMap row;
        row.insert(QStringLiteral("period"), erp::db::timestampToCbor(q.value(0)));
        row.insert(QStringLiteral("direction"), q.value(1).toInt());
        for (int i = 0; i < fields.size(); ++i)
            row.insert(fields[i]->name, erp::db::fromSqlValue(*fields[i], q.value(i + 2)));
        rows.append(row);
    }
    return rows;
}

Balance RegisterWriter::turnover(const Register &reg, const QCborMap &dimensions)
{
    QStringList sums;
    for (const Field &r : reg.resources)
        sums.append(QStringLiteral("CAST(COALESCE(SUM(t.%1), 0) AS VARCHAR(40))").arg(quoteIdentifier(r.column())));
    QVariantList binds;
    QStringList where;
    for (const Field &d : reg.dimensions)
        if (dimensions.contains(d.name)) {
            where.append(QStringLiteral("t.%1 = %2").arg(quoteIdentifier(d.column()), erp::db::placeholder(d)));
            binds.append(erp::db::toSqlValue(d, dimensions.value(d.name)));
        }
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT %1 FROM %2 t%3")
                .arg(sums.join(u", "), quoteIdentifier(reg.table),
                     where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
            binds);
    Balance out;
    q.next();
    for (int i = 0; i < reg.resources.size(); ++i)
        out.insert(reg.resources[i].name, erp::Decimal::parse(q.value(i).toString()).value_or(erp::Decimal()));
    return out;
}

QString RegisterWriter::describe(const Register &reg, const QCborMap &dimensions)
{
    QStringList parts;
    for (const Field &d : reg.dimensions) {
        const QCborValue v = dimensions.value(d.name);
        if (v.isUndefined() || v.isNull())
            continue; // summed over, or empty: nothing to name
        QString text = v.isInteger() ? QString::number(v.toInteger()) : v.toString();
        if (d.type == erp::meta::FieldType::Ref && v.isInteger()) {
            const erp::meta::ObjectKind *target = m_model.kind(d.target);
            erp::db::Query q(m_db);
            execute(q,
                    QStringLiteral("SELECT %1 FROM %2 WHERE ID = ?")
                        .arg(quoteIdentifier(target->presentationColumn()), quoteIdentifier(target->table)),
                    {qlonglong(v.toInteger())});
            if (q.next())
                text = q.value(0).toString();
        }
        parts.append(QStringLiteral("%1 \"%2\"")
                         .arg(QCoreApplication::translate("MetadataTitle", d.title.toUtf8().constData()), text));
    }
    return parts.join(QStringLiteral(", "));
}

void RegisterWriter::shortfall(const Register &reg, const QString &resource, const QCborMap &dimensions,
                               const erp::Decimal &missing, const QDateTime &at)
{
    shortfalls(reg, {{resource, dimensions, missing, at, {}, {}}});
}

void RegisterWriter::shortfalls(const Register &reg, const QList<Shortfall> &all, const ShortfallText &explain)
{
    const QString registerTitle = QCoreApplication::translate("MetadataTitle", reg.title.toUtf8().constData());
    QStringList lines;
    QString field;
    for (const Shortfall &s : all) {
        if (field.isEmpty())
            field = s.source;
        const QString text = explain ? explain(reg.name, s) : QString();
        if (!text.isEmpty()) {
            lines.append(text);
            continue;
        }
        const QString resourceTitle =
            QCoreApplication::translate("MetadataTitle", reg.field(s.resource)->title.toUtf8().constData());
        const QString amount = erp::i18n::formatNumber(
            s.missing.rescaled(reg.field(s.resource)->scale).value_or(s.missing), false);
        const QString line = s.at.isValid()
                                 ? Text::tr("%1: not enough %2 for %3 on %4; %5 short")
                                       .arg(registerTitle, resourceTitle, describe(reg, s.dimensions),
                                            s.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), amount)
                                 : Text::tr("%1: not enough %2 for %3; %4 short")
                                       .arg(registerTitle, resourceTitle, describe(reg, s.dimensions), amount);
        lines.append(s.source.isEmpty() ? line : s.source + QStringLiteral(": ") + line);
    }
    erp::rpc::fail(ErrorCode::Validation, lines.join(u'\n'), field.isEmpty() ? reg.name : field);
}

Balance RegisterWriter::recorderBalance(const Register &reg, qint64 recorderId, const QCborMap &dimensions,
                                        const QDateTime &at)
{
    QStringList sums;
    for (const Field &r : reg.resources)
        sums.append(QStringLiteral("CAST(COALESCE(SUM(m.%1 * m.DIRECTION), 0) AS VARCHAR(40))")
                        .arg(quoteIdentifier(r.column())));
    QVariantList binds{qlonglong(recorderId)};
    QStringList where{QStringLiteral("m.RECORDER_ID = ?"), dimensionMatch(reg, dimensions, QStringLiteral("m"), &binds)};
    if (at.isValid()) {
        where.append(QStringLiteral("m.PERIOD <= ?"));
        binds.append(timestamp(at));
    }
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT %1 FROM %2 m WHERE %3")
                .arg(sums.join(u", "), quoteIdentifier(reg.table), where.join(QStringLiteral(" AND "))),
            binds);
    Balance out;
    q.next();
    for (int i = 0; i < reg.resources.size(); ++i)
        out.insert(reg.resources[i].name, erp::Decimal::parse(q.value(i).toString()).value_or(erp::Decimal()));
    return out;
}

void RegisterWriter::lock(const Register &reg, const QCborMap &dimensions, const QDateTime &period)
{
    QCborMap zero = dimensions;
    for (const Field &r : reg.resources)
        zero.insert(r.name, QStringLiteral("0"));
    applyToTotals(reg, monthOf(period), zero, 1);
}

void RegisterWriter::lockDimensionSet(const Register &reg, const QCborMap &dimensions)
{
    lockDimensionSets(reg, {dimensions});
}

// One MERGE for all the sets (in the given order): a posting takes its lock rows in one statement.
void RegisterWriter::lockDimensionSets(const Register &reg, const QList<QCborMap> &sets)
{
    if (sets.isEmpty())
        return;
    QStringList rows, match{QStringLiteral("t.PERIOD = %1").arg(LockRowPeriod)},
        insertColumns{QStringLiteral("PERIOD")}, insertValues{LockRowPeriod}, updates;
    QVariantList binds;
    for (const QCborMap &dims : sets) {
        QStringList columns;
        for (const Field &d : reg.dimensions) {
            columns.append(QStringLiteral("CAST(%1 AS %2) AS %3")
                               .arg(erp::db::placeholder(d), erp::db::sqlBaseType(d), quoteIdentifier(d.column())));
            binds.append(erp::db::toSqlValue(d, dims.value(d.name)));
        }
        rows.append(QStringLiteral("SELECT %1 FROM RDB$DATABASE")
                        .arg(columns.isEmpty() ? QStringLiteral("1 AS ONE") : columns.join(u", ")));
    }
    for (const Field &d : reg.dimensions) {
        const QString column = quoteIdentifier(d.column());
        match.append(QStringLiteral("t.%1 IS NOT DISTINCT FROM s.%1").arg(column));
        insertColumns.append(column);
        insertValues.append(QStringLiteral("s.") + column);
    }
    for (const Field &r : reg.resources) {
        const QString column = quoteIdentifier(r.column());
        insertColumns.append(column);
        insertValues.append(QStringLiteral("0"));
        updates.append(QStringLiteral("%1 = t.%1").arg(column)); // a new record version: the lock
    }
    erp::db::Query q(m_db);
    try {
        execute(q,
                QStringLiteral("MERGE INTO %1 t USING (%2) s ON %3 WHEN MATCHED THEN UPDATE SET %4 "
                               "WHEN NOT MATCHED THEN INSERT (%5) VALUES (%6)")
                    .arg(quoteIdentifier(reg.totalsTable), rows.join(QStringLiteral(" UNION ALL ")),
                         match.join(QStringLiteral(" AND ")), updates.join(u", "), insertColumns.join(u", "),
                         insertValues.join(u", ")),
                binds);
    } catch (const erp::rpc::RpcError &e) {
        if (e.code == ErrorCode::Duplicate) // created at once by another posting: run again, then it is there
            throw erp::rpc::TransientDbError{e.message};
        throw;
    }
}

// For every dimension set the posting lowers: the balance at its earliest touched moment, and
// the lowest balance at any later moment, must not be negative. One statement per set and
// resource: the balance now (S, from the monthly totals), and over the later movements, one
// value per moment, their running sum (R, lowest first) and their sum (L). Then the balance at
// the moment is S - L and the lowest later one S - L + R. Both parts read an index on
// (dimensions, PERIOD); with nothing dated later (a posting "now") the second finds no row.
void RegisterWriter::checkControls(const Register &reg, const QList<Lowered> &dimensionSets,
                                   const ShortfallText &explain)
{
    QList<Shortfall> failures;
    for (const Lowered &set : dimensionSets) {
        for (const QString &resource : reg.nonNegative) {
            const QString column = quoteIdentifier(reg.field(resource)->column());
            QVariantList binds;
            QStringList totalsWhere, laterWhere{QStringLiteral("m.PERIOD > ?")};
            if (!reg.dimensions.isEmpty())
                totalsWhere.append(dimensionMatch(reg, set.dimensions, QStringLiteral("t"), &binds));
            binds.append(timestamp(set.from));
            if (!reg.dimensions.isEmpty())
                laterWhere.append(dimensionMatch(reg, set.dimensions, QStringLiteral("m"), &binds));
            erp::db::Query q(m_db);
            q.setForwardOnly(true);
            execute(
                q,
                QStringLiteral("SELECT (SELECT CAST(COALESCE(SUM(t.%1), 0) AS VARCHAR(40)) FROM %2 t%3), "
                               "w.PERIOD, CAST(w.RUNNING AS VARCHAR(40)), CAST(w.LATER AS VARCHAR(40)) "
                               "FROM RDB$DATABASE LEFT JOIN (SELECT FIRST 1 PERIOD, RUNNING, LATER FROM ("
                               "SELECT m.PERIOD, SUM(SUM(m.%1 * m.DIRECTION)) OVER (ORDER BY m.PERIOD) AS RUNNING, "
                               "SUM(SUM(m.%1 * m.DIRECTION)) OVER () AS LATER FROM %4 m WHERE %5 GROUP BY m.PERIOD) "
                               "ORDER BY RUNNING, PERIOD) w ON 1 = 1")
                    .arg(column, quoteIdentifier(reg.totalsTable),
                         totalsWhere.isEmpty() ? QString()
                                               : QStringLiteral(" WHERE ") + totalsWhere.join(QStringLiteral(" AND ")),
                         quoteIdentifier(reg.table), laterWhere.join(QStringLiteral(" AND "))),
                binds);
            q.next();
            auto number = [&q](int i) { return erp::Decimal::parse(q.value(i).toString()).value_or(erp::Decimal()); };
            const auto atFrom = number(0).minus(number(3));
            const auto later = atFrom ? atFrom->plus(number(2)) : std::nullopt;
            if (!atFrom || !later) // never a fallback value that would let the posting through
                throw erp::rpc::RpcError{ErrorCode::Validation, QStringLiteral("a number is out of range"), reg.name};
            erp::Decimal lowest = *atFrom;
            QDateTime when = set.from;
            if (!q.value(1).isNull() && *later < lowest) {
                lowest = *later;
                const QDateTime p = q.value(1).toDateTime();
                when = QDateTime(p.date(), p.time(), Qt::UTC);
            }
            if (lowest.isNegative()) {
                const erp::Decimal available = set.taken.value(resource).plus(lowest).value_or(erp::Decimal());
                failures.append({resource, set.dimensions, lowest.negated(), when, set.source,
                                 available.isNegative() ? erp::Decimal() : available});
            }
        }
    }
    if (!failures.isEmpty())
        shortfalls(reg, failures, explain);
}

QList<QCborMap> RegisterWriter::balances(const Register &reg, const QDateTime &at, const QCborMap &where)
{
    QStringList dimColumns, resourceSums, inner1, inner2, filter1, filter2;
    QVariantList binds1, binds2;
    for (const Field &d : reg.dimensions) {
        const QString c = quoteIdentifier(d.column());
        dimColumns.append(c);
        inner1.append(QStringLiteral("t.") + c);
        inner2.append(QStringLiteral("m.") + c);
        if (where.contains(d.name)) {
            filter1.append(QStringLiteral("t.%1 = %2").arg(c, erp::db::placeholder(d)));
            filter2.append(QStringLiteral("m.%1 = %2").arg(c, erp::db::placeholder(d)));
            binds1.append(erp::db::toSqlValue(d, where.value(d.name)));
            binds2.append(erp::db::toSqlValue(d, where.value(d.name)));
        }
    }
    for (const Field &r : reg.resources) {
        const QString c = quoteIdentifier(r.column());
        resourceSums.append(QStringLiteral("CAST(SUM(%1) AS VARCHAR(40))").arg(c));
        inner1.append(QStringLiteral("t.") + c);
        inner2.append(QStringLiteral("m.%1 * m.DIRECTION").arg(c));
    }
    const QDate month = monthOf(at);
    filter1.prepend(QStringLiteral("t.PERIOD < ?"));
    binds1.prepend(month);
    filter2.prepend(QStringLiteral("m.PERIOD >= ? AND m.PERIOD <= ?"));
    binds2.prepend(timestamp(at));
    binds2.prepend(QDateTime(month, QTime(0, 0)));
    QStringList nonZero;
    for (const Field &r : reg.resources)
        nonZero.append(QStringLiteral("SUM(%1) <> 0").arg(quoteIdentifier(r.column())));
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT %1, %2 FROM (SELECT %3 FROM %4 t WHERE %5 UNION ALL SELECT %6 FROM %7 m WHERE %8) "
                           "GROUP BY %1 HAVING %9")
                .arg(dimColumns.join(u", "), resourceSums.join(u", "), inner1.join(u", "),
                     quoteIdentifier(reg.totalsTable), filter1.join(QStringLiteral(" AND ")), inner2.join(u", "),
                     quoteIdentifier(reg.table), filter2.join(QStringLiteral(" AND ")),
                     nonZero.join(QStringLiteral(" OR "))),
            binds1 + binds2);
    QList<QCborMap> rows;
    while (q.next()) {
        QCborMap row;
        int i = 0;
        for (const Field &d : reg.dimensions)
            row.insert(d.name, erp::db::fromSqlValue(d, q.value(i++)));
        for (const Field &r : reg.resources) {
            const auto amount = erp::Decimal::parse(q.value(i++).toString());
            row.insert(r.name, amount ? amount->rescaled(r.scale)->toString() : QString());
        }
        rows.append(row);
    }
    return rows;
}

QList<QCborMap> RegisterWriter::slice(const Register &reg, const QDateTime &at, const QCborMap &where)
{
    QStringList columns{QStringLiteral("m.PERIOD")}, match, filter{QStringLiteral("m.PERIOD <= ?")};
    QVariantList binds{timestamp(at)};
    QList<const Field *> fields;
    for (const Field &d : reg.dimensions) {
        const QString c = quoteIdentifier(d.column());
        match.append(QStringLiteral("n.%1 IS NOT DISTINCT FROM m.%1").arg(c));
        if (where.contains(d.name)) {
            filter.append(QStringLiteral("m.%1 = %2").arg(c, erp::db::placeholder(d)));
            binds.append(erp::db::toSqlValue(d, where.value(d.name)));
        }
    }
    for (const QList<Field> *list : {&reg.dimensions, &reg.resources})
        for (const Field &f : *list) {
            fields.append(&f);
            columns.append(erp::db::selectExpression(f, QStringLiteral("m")));
        }
    // The newest row per dimension set: no later row of the same set up to the moment.
    const QString newest = QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 n WHERE %2 AND n.PERIOD <= ? AND "
                                          "(n.PERIOD > m.PERIOD OR (n.PERIOD = m.PERIOD AND n.ID > m.ID)))")
                               .arg(quoteIdentifier(reg.table), match.join(QStringLiteral(" AND ")));
    filter.append(newest);
    binds.append(timestamp(at));
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT %1 FROM %2 m WHERE %3")
                .arg(columns.join(u", "), quoteIdentifier(reg.table), filter.join(QStringLiteral(" AND "))),
            binds);
    QList<QCborMap> rows;
    while (q.next()) {
        QCborMap row;
        row.insert(QStringLiteral("period"), erp::db::timestampToCbor(q.value(0)));
        for (int i = 0; i < fields.size(); ++i)
            row.insert(fields[i]->name, erp::db::fromSqlValue(*fields[i], q.value(i + 1)));
        rows.append(row);
    }
    return rows;
}

} // namespace erp::core
