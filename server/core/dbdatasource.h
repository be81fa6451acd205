#pragma once

#include "datasource.h"
#include "registers.h"

#include <QHash>

class QSqlDatabase;

namespace erp::meta {
class Model;
}

namespace erp::core {

// The DataSource of a running server: reads inside the call's transaction. Object lookups are
// remembered for the life of the source (one posting or recalculation), so a posting that asks
// for the type of the same product on every line reads it once.
class DbDataSource final : public DataSource
{
public:
    DbDataSource(QSqlDatabase &db, const erp::meta::Model &model);

    QCborValue field(const QString &kind, qint64 id, const QString &field) override;
    QList<QCborMap> sectionLines(const QString &kind, qint64 id, const QString &section) override;
    qint64 idByCode(const QString &kind, const QString &code) override;
    Balance balance(const QString &reg, const QCborMap &dimensions) override;
    Balance balanceAt(const QString &reg, const QCborMap &dimensions, const QDateTime &at) override;
    Balance turnover(const QString &reg, const QCborMap &dimensions) override;
    QList<QCborMap> slice(const QString &reg, const QDateTime &at, const QCborMap &where) override;
    void lock(const QString &reg, const QCborMap &dimensions, const QDateTime &period) override;
    [[noreturn]] void shortfall(const QString &reg, const QString &resource, const QCborMap &dimensions,
                                const erp::Decimal &missing) override;
    [[noreturn]] void shortfalls(const QString &reg, const QString &resource,
                                 const QList<std::pair<QCborMap, erp::Decimal>> &missing) override;

    RegisterWriter &registers() { return m_registers; }
    // Balances leave out this recorder's movements (0: none), as a posting that replaces them needs.
    void excludeRecorder(qint64 id) { m_excluded = id; }

private:
    const erp::meta::Register &reg(const QString &name) const;
    const QCborMap &object(const QString &kind, qint64 id);

    QSqlDatabase &m_db;
    const erp::meta::Model &m_model;
    RegisterWriter m_registers;
    QHash<QString, QCborMap> m_objects; // "kind/id" -> header values
    QHash<QString, qint64> m_codes;     // "kind/code" -> id
    QHash<QString, QList<QCborMap>> m_lines; // "kind/id/section" -> lines
    qint64 m_excluded = 0;
};

} // namespace erp::core
