#pragma once

#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>

class QSqlDatabase;

namespace erp::db {

class FbStatement;
struct Connection;

// A statement run on a connection opened by Qt's QIBASE driver, through fbclient directly:
// each SQL text is prepared once per connection and kept (a statement cache), where a
// QSqlQuery prepares it again on every call. It reads like a forward-only QSqlQuery and
// converts values as Qt's driver does. Inside beginTransaction()..commit/rollback it runs in
// that transaction; outside, every statement commits on its own, as with Qt.
class Query
{
public:
    explicit Query(const QSqlDatabase &db);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    bool prepare(const QString &sql);
    void addBindValue(const QVariant &value);
    bool exec();
    bool exec(const QString &sql);

    bool next();
    QVariant value(int column) const;
    QVariant value(const QString &column) const;
    bool isNull(int column) const;
    bool isActive() const { return m_active; }
    bool isSelect() const;
    int numRowsAffected() const;
    QSqlError lastError() const { return m_error; }
    QString lastQuery() const { return m_sql; }
    void finish();
    void setForwardOnly(bool) {}

private:
    void release();
    bool startLocalTransaction();
    void endLocalTransaction(bool commit);

    Connection *m_connection;
    std::unique_ptr<FbStatement> m_statement;
    QString m_sql;
    QVariantList m_binds;
    int m_bindIndex = 0;
    mutable QSqlError m_error;
    unsigned m_localTransaction = 0;
    bool m_active = false;
    bool m_onRow = false;
};

// Transactions of the statements above, one at a time per connection (snapshot isolation,
// wait on locks, as Qt's driver starts them). *error gets the engine's text on failure.
bool beginTransaction(const QSqlDatabase &db, QString *error = nullptr);
bool commitTransaction(const QSqlDatabase &db, QString *error = nullptr);
bool rollbackTransaction(const QSqlDatabase &db);
bool inTransaction(const QSqlDatabase &db);
// Before a connection is closed: frees its statements and ends an open transaction.
void releaseConnection(const QSqlDatabase &db);

// Statements run and prepared on the calling thread since it started (for statistics).
struct StatementCounts
{
    quint64 executed = 0;
    quint64 prepared = 0;
};
StatementCounts threadStatementCounts();

} // namespace erp::db
