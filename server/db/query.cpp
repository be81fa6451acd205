#include "query.h"

#include "fbstatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <atomic>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace erp::db {

// What this layer keeps per Qt connection: its attachment, its open transaction and the
// statements prepared on it that no Query uses at the moment, by SQL text.
struct Connection
{
    isc_db_handle attachment = 0;
    isc_tr_handle transaction = 0;
    std::unordered_map<QString, std::vector<std::unique_ptr<FbStatement>>> idle;
    int idleCount = 0;
    quint64 generation = 0;

    void abandonStatements()
    {
        for (auto &[sql, list] : idle)
            for (auto &s : list)
                s->abandon();
        idle.clear();
        idleCount = 0;
    }
};

namespace {

// Distinct statements kept per connection; SQL built with a varying number of parameters
// must not grow the cache without end.
constexpr int CacheLimit = 400;

// Raised by every DDL statement: a prepared statement may describe a table as it was.
std::atomic<quint64> schemaGeneration{1};

std::mutex registryMutex;
std::unordered_map<const QSqlDriver *, std::unique_ptr<Connection>> registry;

thread_local StatementCounts counts;

isc_db_handle attachmentOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return 0;
    const QVariant handle = db.driver()->handle();
    if (handle.metaType() != QMetaType::fromType<isc_db_handle>())
        return 0;
    return *static_cast<const isc_db_handle *>(handle.constData());
}

Connection *connectionFor(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    const isc_db_handle attachment = attachmentOf(db);
    if (!driver || !attachment)
        return nullptr;
    std::lock_guard lock(registryMutex);
    auto found = registry.find(driver);
    if (found == registry.end()) {
        found = registry.emplace(driver, std::make_unique<Connection>()).first;
        QObject::connect(driver, &QObject::destroyed, [driver] {
            std::lock_guard guard(registryMutex);
            if (auto it = registry.find(driver); it != registry.end()) {
                it->second->abandonStatements();
                registry.erase(it);
            }
        });
    }
    Connection *c = found->second.get();
    if (c->attachment != attachment) { // reopened: what was prepared went with the old attachment
        c->abandonStatements();
        c->transaction = 0;
        c->attachment = attachment;
    }
    return c;
}

std::unique_ptr<FbStatement> take(Connection *c, const QString &sql)
{
    const quint64 generation = schemaGeneration.load();
    if (c->generation != generation) {
        c->idle.clear();
        c->idleCount = 0;
        c->generation = generation;
    }
    auto found = c->idle.find(sql);
    if (found == c->idle.end() || found->second.empty())
        return nullptr;
    std::unique_ptr<FbStatement> s = std::move(found->second.back());
    found->second.pop_back();
    --c->idleCount;
    return s;
}

void give(Connection *c, std::unique_ptr<FbStatement> s)
{
    if (c->generation != schemaGeneration.load())
        return;
    if (c->idleCount >= CacheLimit) {
        c->idle.clear();
        c->idleCount = 0;
    }
    c->idle[s->sql()].push_back(std::move(s));
    ++c->idleCount;
}

QSqlError notOpen()
{
    return QSqlError(QStringLiteral("Driver not loaded"), QStringLiteral("the connection is not open"),
                     QSqlError::ConnectionError);
}

} // namespace

Query::Query(const QSqlDatabase &db) : m_connection(connectionFor(db)) {}

Query::~Query()
{
    release();
}

void Query::endLocalTransaction(bool commit)
{
    if (!m_localTransaction)
        return;
    if (m_statement)
        m_statement->close();
    ISC_STATUS_ARRAY status{};
    if (commit) {
        isc_commit_transaction(status, &m_localTransaction);
        if (failed(status)) {
            m_error = statusError(status, "Unable to commit transaction", QSqlError::TransactionError);
            ISC_STATUS_ARRAY ignored{};
            isc_rollback_transaction(ignored, &m_localTransaction);
        }
    } else {
        isc_rollback_transaction(status, &m_localTransaction);
    }
    m_localTransaction = 0;
}

bool Query::startLocalTransaction()
{
    ISC_STATUS_ARRAY status{};
    isc_start_transaction(status, &m_localTransaction, 1, &m_connection->attachment, 0, nullptr);
    if (!failed(status))
        return true;
    m_error = statusError(status, "Could not start transaction", QSqlError::TransactionError);
    m_localTransaction = 0;
    return false;
}

void Query::finish()
{
    if (m_statement)
        m_statement->close();
    endLocalTransaction(true);
    m_active = false;
    m_onRow = false;
}

void Query::release()
{
    finish();
    if (m_statement && m_connection)
        give(m_connection, std::move(m_statement));
    m_statement.reset();
}

bool Query::prepare(const QString &sql)
{
    release();
    m_sql = sql;
    m_binds.clear();
    m_bindIndex = 0;
    m_error = QSqlError();
    if (!m_connection) {
        m_error = notOpen();
        return false;
    }
    m_statement = take(m_connection, sql);
    if (m_statement)
        return true;
    isc_tr_handle transaction = m_connection->transaction;
    if (!transaction) {
        if (!startLocalTransaction())
            return false;
        transaction = m_localTransaction;
    }
    auto statement = std::make_unique<FbStatement>(m_connection->attachment);
    ++counts.prepared;
    if (!statement->prepare(transaction, sql, &m_error)) {
        endLocalTransaction(false);
        return false;
    }
    m_statement = std::move(statement);
    return true;
}

void Query::addBindValue(const QVariant &value)
{
    if (m_bindIndex < m_binds.size())
        m_binds[m_bindIndex] = value;
    else
        m_binds.append(value);
    ++m_bindIndex;
}

bool Query::exec()
{
    m_active = false;
    m_onRow = false;
    m_bindIndex = 0;
    if (!m_statement) {
        if (!m_error.isValid())
            m_error = QSqlError(QStringLiteral("Unable to execute query"), QStringLiteral("no statement is prepared"),
                                QSqlError::StatementError);
        return false;
    }
    m_error = QSqlError();
    isc_tr_handle transaction = m_connection->transaction;
    if (transaction) {
        endLocalTransaction(true); // a local one left by prepare() before the caller's began
    } else if (m_localTransaction) {
        m_statement->close();
        transaction = m_localTransaction;
    } else {
        if (!startLocalTransaction())
            return false;
        transaction = m_localTransaction;
    }
    ++counts.executed;
    if (!m_statement->execute(transaction, m_binds, &m_error)) {
        endLocalTransaction(false);
        return false;
    }
    if (m_statement->isDdl())
        schemaGeneration.fetch_add(1);
    if (!m_statement->returnsRows()) {
        endLocalTransaction(true);
        if (m_error.isValid())
            return false;
    }
    m_active = true;
    return true;
}

bool Query::exec(const QString &sql)
{
    return prepare(sql) && exec();
}

bool Query::next()
{
    if (!m_active || !m_statement || !m_statement->returnsRows())
        return false;
    const int result = m_statement->fetch(&m_error);
    if (result == 1) {
        m_onRow = true;
        return true;
    }
    m_onRow = false;
    endLocalTransaction(result == 0);
    return false;
}

QVariant Query::value(int column) const
{
    if (!m_onRow)
        return {};
    return m_statement->value(column, &m_error);
}

QVariant Query::value(const QString &column) const
{
    if (!m_onRow)
        return {};
    return m_statement->value(m_statement->columnIndex(column), &m_error);
}

bool Query::isNull(int column) const
{
    if (!m_onRow || column < 0 || column >= m_statement->columnCount())
        return true;
    return m_statement->isNull(column);
}

bool Query::isSelect() const
{
    return m_statement && m_statement->returnsRows();
}

int Query::numRowsAffected() const
{
    return m_statement ? m_statement->rowsAffected() : -1;
}

bool beginTransaction(const QSqlDatabase &db, QString *error)
{
    Connection *c = connectionFor(db);
    if (!c || c->transaction) {
        if (error)
            *error = c ? QStringLiteral("a transaction is open already") : notOpen().databaseText();
        return false;
    }
    ISC_STATUS_ARRAY status{};
    isc_start_transaction(status, &c->transaction, 1, &c->attachment, 0, nullptr);
    if (failed(status)) {
        c->transaction = 0;
        if (error)
            *error = statusError(status, "Could not start transaction", QSqlError::TransactionError).databaseText();
        return false;
    }
    return true;
}

bool commitTransaction(const QSqlDatabase &db, QString *error)
{
    Connection *c = connectionFor(db);
    if (!c || !c->transaction) {
        if (error)
            *error = QStringLiteral("no transaction is open");
        return false;
    }
    ISC_STATUS_ARRAY status{};
    isc_commit_transaction(status, &c->transaction);
    if (failed(status)) {
        if (error)
            *error = statusError(status, "Unable to commit transaction", QSqlError::TransactionError).databaseText();
        ISC_STATUS_ARRAY ignored{};
        isc_rollback_transaction(ignored, &c->transaction);
        c->transaction = 0;
        return false;
    }
    c->transaction = 0;
    return true;
}

bool rollbackTransaction(const QSqlDatabase &db)
{
    Connection *c = connectionFor(db);
    if (!c || !c->transaction)
        return false;
    ISC_STATUS_ARRAY status{};
    isc_rollback_transaction(status, &c->transaction);
    c->transaction = 0;
    return !failed(status);
}

bool inTransaction(const QSqlDatabase &db)
{
    Connection *c = connectionFor(db);
    return c && c->transaction;
}

void releaseConnection(const QSqlDatabase &db)
{
    rollbackTransaction(db);
    std::lock_guard lock(registryMutex);
    if (auto it = registry.find(db.driver()); it != registry.end()) {
        it->second->idle.clear(); // the attachment is still open: free them in the engine
        registry.erase(it);
    }
}

StatementCounts threadStatementCounts()
{
    return counts;
}

} // namespace erp::db
