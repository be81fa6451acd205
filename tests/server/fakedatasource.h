#pragma once

#include "core/datasource.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace erp::meta {
class Model;
}

namespace erp::test {

// A DataSource in memory, for testing postings and recalculations as "document in, rows out":
// objects by kind and id, catalog codes, accumulated register values per dimension set,
// information-register facts, and a journal of the locks taken. shortfall() throws the
// RpcError (Validation, naming the register) the server's source throws.
class FakeDataSource final : public erp::core::DataSource
{
public:
    struct Lock
    {
        QString reg;
        QCborMap dimensions;
        QDateTime period;
    };
    struct Shortfall
    {
        QString reg;
        QString resource;
        QCborMap dimensions;
        erp::Decimal missing;
    };

    // The model tells write() which values of a movement are resources.
    explicit FakeDataSource(const erp::meta::Model &model)
        : m_model(model)
    {
    }

    // Header values of an object (merged into what it has); a "code" also finds it by code.
    void setObject(const QString &kind, qint64 id, const QCborMap &values);
    void removeObject(const QString &kind, qint64 id);
    // The lines of an object's tabular section (an order's lines for a shipment's posting).
    void setLines(const QString &kind, qint64 id, const QString &section, const QList<QCborMap> &lines)
    {
        m_lines.insert(kind + u'/' + QString::number(id) + u'/' + section, lines);
    }
    // Adds resources to the accumulated values of one dimension set of a balance or turnover
    // register; dated `from`, they count in balanceAt() only from that moment on (undated: always).
    void add(const QString &reg, const QCborMap &dimensions, const QHash<QString, QString> &resources,
             const QDateTime &from = {});
    // A fact of an information register from a moment on.
    void addFact(const QString &reg, const QDateTime &from, const QCborMap &dimensions, const QCborMap &resources);
    // What RegisterWriter::replace would do to the balances: each movement added with its direction.
    void write(const QList<erp::core::Movement> &movements);

    const QList<Lock> &locks() const { return m_locks; }
    const QList<Shortfall> &shortfalls() const { return m_shortfalls; }
    // "lock <register> <dimensions>", "write", "balance <register> <dimensions>" in call order.
    const QStringList &journal() const { return m_journal; }

    QCborValue field(const QString &kind, qint64 id, const QString &field) override;
    QList<QCborMap> sectionLines(const QString &kind, qint64 id, const QString &section) override
    {
        return m_lines.value(kind + u'/' + QString::number(id) + u'/' + section);
    }
    qint64 idByCode(const QString &kind, const QString &code) override;
    erp::core::Balance balance(const QString &reg, const QCborMap &dimensions) override;
    erp::core::Balance balanceAt(const QString &reg, const QCborMap &dimensions, const QDateTime &at) override;
    erp::core::Balance turnover(const QString &reg, const QCborMap &dimensions) override;
    QList<QCborMap> slice(const QString &reg, const QDateTime &at, const QCborMap &where) override;
    void lock(const QString &reg, const QCborMap &dimensions, const QDateTime &period) override;
    [[noreturn]] void shortfalls(const QString &reg, const QString &resource,
                                 const QList<std::pair<QCborMap, erp::Decimal>> &missing) override;
    [[noreturn]] void shortfall(const QString &reg, const QString &resource, const QCborMap &dimensions,
                                const erp::Decimal &missing) override;

    // Dimensions as "a=1, b=2" with sorted names: one text per dimension set.
    static QString describe(const QCborMap &dimensions);

private:
    struct Row
    {
        QCborMap dimensions;
        erp::core::Balance resources;
        QDateTime from; // invalid: before every moment
    };
    struct Fact
    {
        QDateTime from;
        QCborMap dimensions;
        QCborMap resources;
    };

    // At a moment, or over everything when `at` is invalid.
    erp::core::Balance sum(const QString &reg, const QCborMap &dimensions, const QDateTime &at = {}) const;

    const erp::meta::Model &m_model;
    QHash<QString, QCborMap> m_objects; // "kind/id"
    QHash<QString, qint64> m_codes;     // "kind/code"
    QHash<QString, QList<Row>> m_rows;  // register -> accumulated values
    QHash<QString, QList<Fact>> m_facts;
    QHash<QString, QList<QCborMap>> m_lines; // "kind/id/section"
    QList<Lock> m_locks;
    QList<Shortfall> m_shortfalls;
    QStringList m_journal;
};

} // namespace erp::test
