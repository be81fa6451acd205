#pragma once

#include <ibase.h>

#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <vector>

namespace erp::db {

// One prepared Firebird statement of one attachment. Unlike a QSqlQuery of Qt's driver, which
// binds itself to the transaction it was prepared in, it runs in whatever transaction of its
// attachment the caller passes, so it is prepared once and run again and again (query.h keeps
// them per connection). Values are converted exactly as Qt's QIBASE driver converts them.
class FbStatement
{
public:
    explicit FbStatement(isc_db_handle attachment);
    ~FbStatement();
    FbStatement(const FbStatement &) = delete;
    FbStatement &operator=(const FbStatement &) = delete;

    bool prepare(isc_tr_handle transaction, const QString &sql, QSqlError *error);
    bool execute(isc_tr_handle transaction, const QVariantList &binds, QSqlError *error);
    // 1: a row is current, 0: no more rows, -1: failed (*error says why).
    int fetch(QSqlError *error);
    // Closes an open cursor so that the statement can be run again.
    void close();
    // A statement whose attachment has gone is forgotten without calling the engine.
    void abandon() { m_handle = 0; }

    QVariant value(int column, QSqlError *error) const;
    bool isNull(int column) const;
    int columnCount() const;
    int columnIndex(const QString &name) const;
    bool returnsRows() const { return m_select || m_procedure; }
    bool isDdl() const { return m_ddl; }
    int rowsAffected() const;
    const QString &sql() const { return m_sql; }

private:
    struct Area
    {
        XSQLDA *da = nullptr;
        std::vector<char> data;
        std::vector<short> nulls;
        void allocate(int columns);
        void bindBuffers();
        ~Area();
    };

    bool describe(Area *area, bool input, QSqlError *error);
    bool bind(int index, const QVariant &value, QSqlError *error);
    bool writeBlob(ISC_QUAD *id, const QByteArray &bytes, QSqlError *error);
    QVariant readBlob(ISC_QUAD *id, QSqlError *error) const;

    isc_db_handle m_attachment;
    isc_stmt_handle m_handle = 0;
    isc_tr_handle m_transaction = 0;
    Area m_in;
    Area m_out;
    QString m_sql;
    bool m_select = false;
    bool m_procedure = false;
    bool m_ddl = false;
    int m_type = 0;
    bool m_cursorOpen = false;
    bool m_procedureRowTaken = false;
};

// Turns a failed call's status vector into the error Qt's driver would give, so that callers
// classify it the same way (db::throwSqlError).
QString statusMessage(const ISC_STATUS *status, const QString &separator);
QSqlError statusError(const ISC_STATUS *status, const char *what, QSqlError::ErrorType type);
bool failed(const ISC_STATUS *status);

} // namespace erp::db
