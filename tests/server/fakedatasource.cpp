#include "fakedatasource.h"

#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <algorithm>

namespace erp::test {

using erp::Decimal;
using erp::core::Balance;

namespace {

QString key(const QString &kind, const QString &idOrCode)
{
    return kind + u'/' + idOrCode;
}

bool matches(const QCborMap &dimensions, const QCborMap &where)
{
    for (auto it = where.constBegin(); it != where.constEnd(); ++it)
        if (dimensions.value(it.key()) != it.value())
            return false;
    return true;
}

Decimal parsed(const QString &text)
{
    const auto d = Decimal::parse(text);
    if (!d)
        qFatal("FakeDataSource: \"%s\" is not a decimal", qPrintable(text));
    return *d;
}

Decimal added(const Decimal &a, const Decimal &b)
{
    const auto sum = a.plus(b);
    if (!sum)
        qFatal("FakeDataSource: a sum is out of range");
    return *sum;
}

} // namespace

QString FakeDataSource::describe(const QCborMap &dimensions)
{
    QStringList parts;
    for (auto it = dimensions.constBegin(); it != dimensions.constEnd(); ++it) {
        const QCborValue v = it.value();
        parts.append(it.key().toString() + u'=' +
                     (v.isInteger() ? QString::number(v.toInteger()) : v.toDiagnosticNotation()));
    }
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

void FakeDataSource::setObject(const QString &kind, qint64 id, const QCborMap &values)
{
    QCborMap &object = m_objects[key(kind, QString::number(id))];
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        object.insert(it.key(), it.value());
    if (values.contains(QStringLiteral("code")))
        m_codes.insert(key(kind, values.value(QStringLiteral("code")).toString()), id);
}

void FakeDataSource::removeObject(const QString &kind, qint64 id)
{
    const QCborMap object = m_objects.take(key(kind, QString::number(id)));
    if (object.contains(QStringLiteral("code")))
        m_codes.remove(key(kind, object.value(QStringLiteral("code")).toString()));
}

void FakeDataSource::add(const QString &reg, const QCborMap &dimensions, const QHash<QString, QString> &resources,
                         const QDateTime &from)
{
    QList<Row> &rows = m_rows[reg];
    auto row = std::find_if(rows.begin(), rows.end(),
                            [&](const Row &r) { return r.dimensions == dimensions && r.from == from; });
    if (row == rows.end())
        row = rows.insert(rows.end(), Row{dimensions, {}, from});
    for (auto it = resources.constBegin(); it != resources.constEnd(); ++it)
        row->resources[it.key()] = added(row->resources.value(it.key()), parsed(it.value()));
}

void FakeDataSource::addFact(const QString &reg, const QDateTime &from, const QCborMap &dimensions,
                             const QCborMap &resources)
{
    m_facts[reg].append({from, dimensions, resources});
}

void FakeDataSource::write(const QList<erp::core::Movement> &movements)
{
    m_journal.append(QStringLiteral("write"));
    for (const erp::core::Movement &m : movements) {
        const erp::meta::Register *reg = m_model.findRegister(m.registerName);
        if (!reg)
            qFatal("FakeDataSource: no register %s", qPrintable(m.registerName));
        QCborMap dimensions, resources;
        for (const erp::meta::Field &d : reg->dimensions)
            dimensions.insert(d.name, m.values.value(d.name));
        for (const erp::meta::Field &r : reg->resources)
            resources.insert(r.name, m.values.value(r.name));
        if (reg->type == erp::meta::RegisterType::Information) {
            addFact(reg->name, m.period, dimensions, resources);
            continue;
        }
        QHash<QString, QString> signedResources;
        for (auto it = resources.constBegin(); it != resources.constEnd(); ++it) {
            const Decimal v = parsed(it.value().toString());
            signedResources.insert(it.key().toString(), (m.direction < 0 ? v.negated() : v).toString());
        }
        add(reg->name, dimensions, signedResources);
    }
}

Balance FakeDataSource::sum(const QString &reg, const QCborMap &dimensions, const QDateTime &at) const
{
    Balance total;
    for (const Row &row : m_rows.value(reg))
        if (matches(row.dimensions, dimensions) && (!at.isValid() || !row.from.isValid() || row.from <= at))
            for (auto it = row.resources.constBegin(); it != row.resources.constEnd(); ++it)
                total[it.key()] = added(total.value(it.key()), it.value());
    return total;
}

QCborValue FakeDataSource::field(const QString &kind, qint64 id, const QString &field)
{
    const QCborValue v = m_objects.value(key(kind, QString::number(id))).value(field);
    return v.isUndefined() ? QCborValue(QCborValue::Null) : v;
}

void FakeDataSource::setLines(const QString &kind, qint64 id, const QString &section, const QList<QCborMap> &lines)
{
    m_lines.insert(key(kind, QString::number(id)) + u'/' + section, lines);
}

QList<QCborMap> FakeDataSource::sectionLines(const QString &kind, qint64 id, const QString &section)
{
    return m_lines.value(key(kind, QString::number(id)) + u'/' + section);
}

qint64 FakeDataSource::idByCode(const QString &kind, const QString &code)
{
    return m_codes.value(key(kind, code), 0);
}

Balance FakeDataSource::balance(const QString &reg, const QCborMap &dimensions)
{
    m_journal.append(QStringLiteral("balance %1 %2").arg(reg, describe(dimensions)));
    return sum(reg, dimensions);
}

Balance FakeDataSource::balanceAt(const QString &reg, const QCborMap &dimensions, const QDateTime &at)
{
    m_journal.append(QStringLiteral("balanceAt %1 %2").arg(reg, describe(dimensions)));
    return sum(reg, dimensions, at);
}

Balance FakeDataSource::turnover(const QString &reg, const QCborMap &dimensions)
{
    m_journal.append(QStringLiteral("turnover %1 %2").arg(reg, describe(dimensions)));
    return sum(reg, dimensions);
}

QList<QCborMap> FakeDataSource::slice(const QString &reg, const QDateTime &at, const QCborMap &where)
{
    // The latest fact per dimension set dated at or before the moment; of two at the same
    // moment the one added last, as the register's row id decides.
    QList<QCborMap> rows;
    QList<QCborMap> sets;
    QList<const Fact *> latest;
    const auto facts = m_facts.constFind(reg);
    if (facts == m_facts.constEnd())
        return rows;
    for (const Fact &fact : *facts) {
        if (fact.from > at || !matches(fact.dimensions, where))
            continue;
        const qsizetype i = sets.indexOf(fact.dimensions);
        if (i < 0) {
            sets.append(fact.dimensions);
            latest.append(&fact);
        } else if (fact.from >= latest[i]->from) {
            latest[i] = &fact;
        }
    }
    for (const Fact *fact : std::as_const(latest)) {
        QCborMap row = fact->dimensions;
        row.insert(QStringLiteral("period"), fact->from.toString(Qt::ISODateWithMs));
        for (auto it = fact->resources.constBegin(); it != fact->resources.constEnd(); ++it)
            row.insert(it.key(), it.value());
        rows.append(row);
    }
    return rows;
}

void FakeDataSource::lock(const QString &reg, const QCborMap &dimensions, const QDateTime &period)
{
    m_journal.append(QStringLiteral("lock %1 %2").arg(reg, describe(dimensions)));
    m_locks.append({reg, dimensions, period});
}

void FakeDataSource::shortfall(const QString &reg, const QString &resource, const QCborMap &dimensions,
                               const Decimal &missing)
{
    shortfalls(reg, resource, {{dimensions, missing}});
}

void FakeDataSource::shortfalls(const QString &reg, const QString &resource,
                                const QList<std::pair<QCborMap, Decimal>> &missing)
{
    QStringList lines;
    for (const auto &[dimensions, amount] : missing) {
        m_shortfalls.append({reg, resource, dimensions, amount});
        lines.append(QStringLiteral("%1: not enough %2 for %3; %4 short")
                         .arg(reg, resource, describe(dimensions), amount.toString()));
    }
    erp::rpc::fail(erp::protocol::ErrorCode::Validation, lines.join(u'\n'), reg);
}

} // namespace erp::test
