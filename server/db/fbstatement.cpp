#include "fbstatement.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>
#include <cstring>

namespace erp::db {

namespace {

constexpr int Dialect = SQL_DIALECT_V6;
constexpr int BlobChunk = 16383;
const QDate BaseDate(1858, 11, 17);

QMetaType typeOf(const XSQLVAR &v)
{
    const bool scaled = v.sqlscale < 0;
    switch (v.sqltype & ~1) {
    case SQL_VARYING:
    case SQL_TEXT:
        return QMetaType(QMetaType::QString);
    case SQL_LONG:
    case SQL_SHORT:
        return QMetaType(scaled ? QMetaType::Double : QMetaType::Int);
    case SQL_INT64:
        return QMetaType(scaled ? QMetaType::Double : QMetaType::LongLong);
    case SQL_FLOAT:
    case SQL_DOUBLE:
        return QMetaType(QMetaType::Double);
    case SQL_TIMESTAMP:
        return QMetaType(QMetaType::QDateTime);
    case SQL_TYPE_TIME:
        return QMetaType(QMetaType::QTime);
    case SQL_TYPE_DATE:
        return QMetaType(QMetaType::QDate);
    case SQL_BLOB:
        return QMetaType(QMetaType::QByteArray);
    case SQL_BOOLEAN:
        return QMetaType(QMetaType::Bool);
    default:
        return QMetaType();
    }
}

int bufferSize(const XSQLVAR &v)
{
    switch (v.sqltype & ~1) {
    case SQL_VARYING:
        return v.sqllen + int(sizeof(short));
    case SQL_ARRAY:
        return int(sizeof(ISC_QUAD));
    default:
        return v.sqllen;
    }
}

// Qt's rule for a bound value that stands for NULL.
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    default:
        return false;
    }
}

qint64 scaled(const QVariant &v, short scale)
{
    return qint64(std::floor(0.5 + v.toDouble() * std::pow(10.0, -scale)));
}

} // namespace

bool failed(const ISC_STATUS *status)
{
    return status[0] == 1 && status[1] != 0;
}

QString statusMessage(const ISC_STATUS *status, const QString &separator)
{
    QString message;
    char buffer[1024];
    const ISC_STATUS *cursor = status;
    while (fb_interpret(buffer, sizeof buffer, &cursor)) {
        if (!message.isEmpty())
            message += separator;
        message += QString::fromUtf8(buffer);
    }
    return message;
}

QSqlError statusError(const ISC_STATUS *status, const char *what, QSqlError::ErrorType type)
{
    const ISC_LONG sqlcode = isc_sqlcode(status);
    const QString message = statusMessage(status, QStringLiteral(" - "));
    return QSqlError(QString::fromLatin1(what), message, type,
                     sqlcode != -1 ? QString::number(sqlcode) : QString());
}

void FbStatement::Area::allocate(int columns)
{
    if (da)
        std::free(da);
    const int n = std::max(columns, 1);
    da = static_cast<XSQLDA *>(std::malloc(XSQLDA_LENGTH(n)));
    std::memset(da, 0, XSQLDA_LENGTH(n));
    da->version = SQLDA_VERSION1;
    da->sqln = short(n);
}

void FbStatement::Area::bindBuffers()
{
    std::size_t total = 0;
    for (int i = 0; i < da->sqld; ++i)
        total += (std::size_t(bufferSize(da->sqlvar[i])) + 7) & ~std::size_t(7);
    data.assign(total, 0);
    nulls.assign(std::size_t(da->sqld), 0);
    std::size_t offset = 0;
    for (int i = 0; i < da->sqld; ++i) {
        XSQLVAR &v = da->sqlvar[i];
        v.sqldata = data.data() + offset;
        v.sqlind = &nulls[std::size_t(i)];
        offset += (std::size_t(bufferSize(v)) + 7) & ~std::size_t(7);
    }
}

FbStatement::Area::~Area()
{
    std::free(da);
}

FbStatement::FbStatement(isc_db_handle attachment) : m_attachment(attachment) {}

FbStatement::~FbStatement()
{
    if (m_handle) {
        ISC_STATUS_ARRAY status{};
        isc_dsql_free_statement(status, &m_handle, DSQL_drop);
    }
}

bool FbStatement::describe(Area *area, bool input, QSqlError *error)
{
    ISC_STATUS_ARRAY status{};
    if (area->da->sqld > area->da->sqln) {
        area->allocate(area->da->sqld);
        if (input)
            isc_dsql_describe_bind(status, &m_handle, Dialect, area->da);
        else
            isc_dsql_describe(status, &m_handle, Dialect, area->da);
        if (failed(status)) {
            *error = statusError(status, "Could not describe statement", QSqlError::StatementError);
            return false;
        }
    }
    area->bindBuffers();
    return true;
}

bool FbStatement::prepare(isc_tr_handle transaction, const QString &sql, QSqlError *error)
{
    m_sql = sql;
    ISC_STATUS_ARRAY status{};
    isc_dsql_allocate_statement(status, &m_attachment, &m_handle);
    if (failed(status)) {
        *error = statusError(status, "Could not allocate statement", QSqlError::StatementError);
        return false;
    }
    m_out.allocate(16);
    const QByteArray text = sql.toUtf8();
    isc_dsql_prepare(status, &transaction, &m_handle, 0, text.constData(), Dialect, m_out.da);
    if (failed(status)) {
        *error = statusError(status, "Could not prepare statement", QSqlError::StatementError);
        return false;
    }
    if (!describe(&m_out, false, error))
        return false;
    m_in.allocate(16);
    isc_dsql_describe_bind(status, &m_handle, Dialect, m_in.da);
    if (failed(status)) {
        *error = statusError(status, "Could not describe input statement", QSqlError::StatementError);
        return false;
    }
    if (!describe(&m_in, true, error))
        return false;
    const char item = isc_info_sql_stmt_type;
    char buffer[16];
    isc_dsql_sql_info(status, &m_handle, 1, &item, sizeof buffer, buffer);
    if (failed(status)) {
        *error = statusError(status, "Could not get query info", QSqlError::StatementError);
        return false;
    }
    const int length = isc_vax_integer(&buffer[1], 2);
    const int type = isc_vax_integer(&buffer[3], short(length));
    m_select = type == isc_info_sql_stmt_select || type == isc_info_sql_stmt_select_for_upd;
    m_procedure = type == isc_info_sql_stmt_exec_procedure && m_out.da->sqld > 0;
    m_ddl = type == isc_info_sql_stmt_ddl;
    m_type = type;
    return true;
}

bool FbStatement::bind(int index, const QVariant &value, QSqlError *error)
{
    XSQLVAR &v = m_in.da->sqlvar[index];
    // As Qt's driver: a parameter the engine describes as NOT NULL (a NOT NULL column's) gets
    // the empty value of its type for a null one.
    if (v.sqltype & 1) {
        if (isNullValue(value)) {
            *v.sqlind = -1;
            return true;
        }
        *v.sqlind = 0;
    }
    char *data = v.sqldata;
    switch (v.sqltype & ~1) {
    case SQL_INT64:
        *reinterpret_cast<qint64 *>(data) = v.sqlscale < 0 ? scaled(value, v.sqlscale) : value.toLongLong();
        break;
    case SQL_LONG:
        if (v.sqllen == 4)
            *reinterpret_cast<qint32 *>(data) = v.sqlscale < 0 ? qint32(scaled(value, v.sqlscale)) : value.toInt();
        else
            *reinterpret_cast<qint64 *>(data) = value.toLongLong();
        break;
    case SQL_SHORT:
        *reinterpret_cast<short *>(data) = v.sqlscale < 0 ? short(scaled(value, v.sqlscale)) : short(value.toInt());
        break;
    case SQL_FLOAT:
        *reinterpret_cast<float *>(data) = float(value.toDouble());
        break;
    case SQL_DOUBLE:
        *reinterpret_cast<double *>(data) = value.toDouble();
        break;
    case SQL_TIMESTAMP: {
        const QDateTime dt = value.toDateTime();
        auto *ts = reinterpret_cast<ISC_TIMESTAMP *>(data);
        ts->timestamp_time = ISC_TIME(QTime(0, 0).msecsTo(dt.time()) * 10);
        ts->timestamp_date = ISC_DATE(BaseDate.daysTo(dt.date()));
        break;
    }
    case SQL_TYPE_TIME:
        *reinterpret_cast<ISC_TIME *>(data) = ISC_TIME(QTime(0, 0).msecsTo(value.toTime()) * 10);
        break;
    case SQL_TYPE_DATE:
        *reinterpret_cast<ISC_DATE *>(data) = ISC_DATE(BaseDate.daysTo(value.toDate()));
        break;
    case SQL_VARYING:
    case SQL_TEXT: {
        // As Qt's driver: a text longer than the parameter is cut to its length.
        const QByteArray text = value.toString().toUtf8();
        const int length = std::min<int>(int(text.size()), v.sqllen);
        if ((v.sqltype & ~1) == SQL_VARYING) {
            *reinterpret_cast<short *>(data) = short(length);
            std::memcpy(data + sizeof(short), text.constData(), std::size_t(length));
        } else {
            std::memset(data, ' ', std::size_t(v.sqllen));
            std::memcpy(data, text.constData(), std::size_t(length));
        }
        break;
    }
    case SQL_BLOB:
        return writeBlob(reinterpret_cast<ISC_QUAD *>(data), value.toByteArray(), error);
    case SQL_BOOLEAN:
        *reinterpret_cast<FB_BOOLEAN *>(data) = value.toBool() ? FB_TRUE : FB_FALSE;
        break;
    default:
        *error = QSqlError(QStringLiteral("Unable to bind a value"),
                           QStringLiteral("parameter %1 has a type that cannot be bound").arg(index + 1),
                           QSqlError::StatementError);
        return false;
    }
    return true;
}

bool FbStatement::execute(isc_tr_handle transaction, const QVariantList &binds, QSqlError *error)
{
    close();
    m_transaction = transaction;
    if (binds.size() > m_in.da->sqld) {
        *error = QSqlError(QStringLiteral("Unable to execute query"),
                           QStringLiteral("%1 values bound to %2 parameters").arg(binds.size()).arg(m_in.da->sqld),
                           QSqlError::StatementError);
        return false;
    }
    for (int i = 0; i < m_in.da->sqld; ++i)
        if (!bind(i, i < binds.size() ? binds.at(i) : QVariant(), error))
            return false;
    ISC_STATUS_ARRAY status{};
    if (m_procedure)
        isc_dsql_execute2(status, &transaction, &m_handle, Dialect, m_in.da, m_out.da);
    else
        isc_dsql_execute(status, &transaction, &m_handle, Dialect, m_in.da);
    if (failed(status)) {
        *error = statusError(status, "Unable to execute query", QSqlError::StatementError);
        return false;
    }
    m_cursorOpen = m_select;
    m_procedureRowTaken = false;
    return true;
}

int FbStatement::fetch(QSqlError *error)
{
    if (m_procedure) {
        if (m_procedureRowTaken)
            return 0;
        m_procedureRowTaken = true;
        return 1;
    }
    if (!m_cursorOpen)
        return 0;
    ISC_STATUS_ARRAY status{};
    const ISC_STATUS result = isc_dsql_fetch(status, &m_handle, Dialect, m_out.da);
    if (result == 0)
        return 1;
    if (result == 100)
        return 0;
    *error = statusError(status, "Could not fetch next item", QSqlError::StatementError);
    return -1;
}

void FbStatement::close()
{
    if (!m_cursorOpen)
        return;
    ISC_STATUS_ARRAY status{};
    isc_dsql_free_statement(status, &m_handle, DSQL_close); // a commit may have closed it already
    m_cursorOpen = false;
}

int FbStatement::columnCount() const
{
    return returnsRows() ? m_out.da->sqld : 0;
}

int FbStatement::columnIndex(const QString &name) const
{
    for (int i = 0; i < columnCount(); ++i) {
        const XSQLVAR &v = m_out.da->sqlvar[i];
        if (name.compare(QString::fromUtf8(v.aliasname, v.aliasname_length), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool FbStatement::isNull(int column) const
{
    const XSQLVAR &v = m_out.da->sqlvar[column];
    return (v.sqltype & 1) && *v.sqlind;
}

QVariant FbStatement::value(int column, QSqlError *error) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const XSQLVAR &v = m_out.da->sqlvar[column];
    if (isNull(column))
        return QVariant(typeOf(v));
    const char *data = v.sqldata;
    const double factor = v.sqlscale < 0 ? std::pow(10.0, v.sqlscale) : 1.0;
    switch (v.sqltype & ~1) {
    case SQL_VARYING:
        return QString::fromUtf8(data + sizeof(short), *reinterpret_cast<const short *>(data));
    case SQL_TEXT:
        return QString::fromUtf8(data, v.sqllen);
    case SQL_INT64: {
        const qint64 n = *reinterpret_cast<const qint64 *>(data);
        return v.sqlscale < 0 ? QVariant(double(n) * factor) : QVariant(n);
    }
    case SQL_LONG:
        if (v.sqllen != 4)
            return QVariant(*reinterpret_cast<const qint64 *>(data));
        if (v.sqlscale < 0)
            return QVariant(*reinterpret_cast<const qint32 *>(data) * factor);
        return QVariant(*reinterpret_cast<const qint32 *>(data));
    case SQL_SHORT:
        if (v.sqlscale < 0)
            return QVariant(*reinterpret_cast<const short *>(data) * factor);
        return QVariant(int(*reinterpret_cast<const short *>(data)));
    case SQL_FLOAT:
        return QVariant(double(*reinterpret_cast<const float *>(data)));
    case SQL_DOUBLE:
        return QVariant(*reinterpret_cast<const double *>(data));
    case SQL_TIMESTAMP: {
        const auto *ts = reinterpret_cast<const ISC_TIMESTAMP *>(data);
        return QDateTime(BaseDate.addDays(ts->timestamp_date), QTime(0, 0).addMSecs(int(ts->timestamp_time / 10)));
    }
    case SQL_TYPE_TIME:
        return QTime(0, 0).addMSecs(int(*reinterpret_cast<const ISC_TIME *>(data) / 10));
    case SQL_TYPE_DATE:
        return BaseDate.addDays(*reinterpret_cast<const ISC_DATE *>(data));
    case SQL_BLOB: {
        ISC_QUAD id;
        std::memcpy(&id, data, sizeof id);
        return readBlob(&id, error);
    }
    case SQL_BOOLEAN:
        return QVariant(*reinterpret_cast<const FB_BOOLEAN *>(data) != FB_FALSE);
    default:
        return {};
    }
}

bool FbStatement::writeBlob(ISC_QUAD *id, const QByteArray &bytes, QSqlError *error)
{
    ISC_STATUS_ARRAY status{};
    isc_blob_handle blob = 0;
    isc_create_blob2(status, &m_attachment, &m_transaction, &blob, id, 0, nullptr);
    if (failed(status)) {
        *error = statusError(status, "Unable to create BLOB", QSqlError::StatementError);
        return false;
    }
    for (qsizetype at = 0; at < bytes.size(); at += BlobChunk) {
        const auto length = static_cast<unsigned short>(std::min<qsizetype>(BlobChunk, bytes.size() - at));
        isc_put_segment(status, &blob, length, bytes.constData() + at);
        if (failed(status)) {
            *error = statusError(status, "Unable to write BLOB", QSqlError::StatementError);
            ISC_STATUS_ARRAY ignored{};
            isc_cancel_blob(ignored, &blob);
            return false;
        }
    }
    isc_close_blob(status, &blob);
    if (failed(status)) {
        *error = statusError(status, "Unable to write BLOB", QSqlError::StatementError);
        return false;
    }
    return true;
}

QVariant FbStatement::readBlob(ISC_QUAD *id, QSqlError *error) const
{
    ISC_STATUS_ARRAY status{};
    isc_blob_handle blob = 0;
    isc_db_handle attachment = m_attachment;
    isc_tr_handle transaction = m_transaction;
    isc_open_blob2(status, &attachment, &transaction, &blob, id, 0, nullptr);
    if (failed(status)) {
        *error = statusError(status, "Unable to open BLOB", QSqlError::StatementError);
        return {};
    }
    QByteArray bytes;
    char chunk[BlobChunk];
    for (;;) {
        unsigned short length = 0;
        const ISC_STATUS result = isc_get_segment(status, &blob, &length, sizeof chunk, chunk);
        if (result != 0 && status[1] != isc_segment)
            break;
        bytes.append(chunk, length);
    }
    const bool ok = status[1] == isc_segstr_eof;
    if (!ok)
        *error = statusError(status, "Unable to read BLOB", QSqlError::StatementError);
    ISC_STATUS_ARRAY ignored{};
    isc_close_blob(ignored, &blob);
    return ok ? QVariant(bytes) : QVariant();
}

int FbStatement::rowsAffected() const
{
    static const char item = isc_info_sql_records;
    char buffer[64];
    ISC_STATUS_ARRAY status{};
    isc_stmt_handle handle = m_handle;
    isc_dsql_sql_info(status, &handle, 1, &item, sizeof buffer, buffer);
    if (failed(status))
        return -1;
    // As Qt's driver: the count of the statement's own kind; a procedure's (or RETURNING's) all.
    char wanted = 0;
    switch (m_type) {
    case isc_info_sql_stmt_select:
        wanted = isc_info_req_select_count;
        break;
    case isc_info_sql_stmt_update:
        wanted = isc_info_req_update_count;
        break;
    case isc_info_sql_stmt_delete:
        wanted = isc_info_req_delete_count;
        break;
    case isc_info_sql_stmt_insert:
        wanted = isc_info_req_insert_count;
        break;
    default:
        break;
    }
    int total = -1;
    for (char *p = buffer + 3; *p != isc_info_end && p < buffer + sizeof buffer;) {
        const char type = *p++;
        const short length = short(isc_vax_integer(p, 2));
        p += 2;
        const int value = isc_vax_integer(p, length);
        p += length;
        if (wanted != 0 && type == wanted)
            return value;
        if (wanted == 0 && (type == isc_info_req_insert_count || type == isc_info_req_update_count ||
                            type == isc_info_req_delete_count))
            total = (total < 0 ? 0 : total) + value;
    }
    return total;
}

} // namespace erp::db
