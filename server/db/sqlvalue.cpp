#include "sqlvalue.h"

#include "metadata/field.h"
#include "metadata/fieldvalue.h"
#include "rpc/callcontrol.h"
#include "rpc/rpcerror.h"
#include "sqltypes.h"

#include <QDate>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include "query.h"

namespace erp::db {

using erp::meta::FieldType;
using erp::protocol::ErrorCode;

QString selectExpression(const erp::meta::Field &field, const QString &alias)
{
    const QString column = alias + u'.' + quoteIdentifier(field.column());
    if (field.isNumeric())
        return QStringLiteral("CAST(%1 AS VARCHAR(40))").arg(column);
    return column;
}

QString placeholder(const erp::meta::Field &field)
{
    return field.isNumeric() ? QStringLiteral("CAST(? AS VARCHAR(40))") : QStringLiteral("?");
}

QVariant toSqlValue(const erp::meta::Field &field, const QCborValue &v)
{
    switch (field.type) {
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Enum:
    case FieldType::Decimal:
    case FieldType::Money:
        return v.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v.toString());
    case FieldType::Integer:
    case FieldType::Ref:
        return v.isNull() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(v.toInteger()));
    case FieldType::Date:
        return v.isNull() ? QVariant(QMetaType::fromType<QDate>())
                          : QVariant(QDate::fromString(v.toString(), Qt::ISODate));
    case FieldType::DateTime: {
        if (v.isNull())
            return QVariant(QMetaType::fromType<QDateTime>());
        // TIMESTAMP columns hold UTC wall-clock values.
        const QDateTime utc = QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
        return QDateTime(utc.date(), utc.time());
    }
    case FieldType::Boolean:
        return v.isNull() ? QVariant(QMetaType::fromType<bool>()) : QVariant(v.toBool());
    }
    return {};
}

QCborValue timestampToCbor(const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    const QDateTime local = value.toDateTime();
    return erp::meta::formatDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

QCborValue fromSqlValue(const erp::meta::Field &field, const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (field.type) {
    case FieldType::String:
    case FieldType::Enum:
    case FieldType::Decimal:
    case FieldType::Money:
        return value.toString();
    case FieldType::Text:
        return value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray()) : value.toString();
    case FieldType::Integer:
    case FieldType::Ref:
        return qint64(value.toLongLong());
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::DateTime:
        return timestampToCbor(value);
    case FieldType::Boolean:
        return value.toBool();
    }
    return {};
}

namespace {
thread_local bool readOnly = false;

bool writes(const QString &sql)
{
    const QStringView head = QStringView(sql).trimmed().left(16);
    for (const QLatin1String verb :
         {QLatin1String("INSERT"), QLatin1String("UPDATE"), QLatin1String("DELETE"), QLatin1String("MERGE"),
          QLatin1String("EXECUTE"), QLatin1String("CREATE"), QLatin1String("ALTER"), QLatin1String("DROP")})
        if (head.startsWith(verb, Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

ReadOnlyScope::ReadOnlyScope()
    : m_previous(readOnly)
{
    readOnly = true;
}

ReadOnlyScope::~ReadOnlyScope()
{
    readOnly = m_previous;
}

void execute(erp::db::Query &query, const QString &sql, const QVariantList &binds)
{
    if (readOnly && writes(sql)) {
        qWarning().noquote() << "a read-only call tried to write:" << sql.left(200);
        throw erp::rpc::RpcError{ErrorCode::Internal, QStringLiteral("a read-only method tried to change data"), {}};
    }
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &b : binds)
            query.addBindValue(b);
        ok = query.exec();
    }
    if (ok)
        return;
    throwSqlError(query.lastError(), sql);
}

void throwIfFetchFailed(const erp::db::Query &query)
{
    if (query.lastError().isValid())
        throwSqlError(query.lastError(), query.lastQuery());
}

void throwSqlError(const QSqlError &e, const QString &sql)
{
    // A statement the engine stopped (fb_cancel_operation): the call was cancelled or ran out
    // of time, which its control says; never an update conflict to retry, never Internal.
    if (const erp::rpc::CallControl *control = erp::rpc::CallControl::current(); control && control->isStopped()) {
        const erp::protocol::Error stop = control->stopError();
        throw erp::rpc::RpcError{stop.code, stop.message, {}};
    }
    const QString text = e.databaseText();
    const QString code = e.nativeErrorCode();
    if (code == QLatin1String("-913") || code == QLatin1String("-901") ||
        text.contains(QLatin1String("update conflicts")) || text.contains(QLatin1String("deadlock")) ||
        text.contains(QLatin1String("lock conflict")))
        throw erp::rpc::TransientDbError{text};
    if (code == QLatin1String("-803") || text.contains(QLatin1String("violation of PRIMARY or UNIQUE KEY")))
        throw erp::rpc::RpcError{ErrorCode::Duplicate, QStringLiteral("a unique value is already taken"), {}};
    if (text.contains(QLatin1String("operation was cancelled")))
        throw erp::rpc::RpcError{ErrorCode::Cancelled, QStringLiteral("the call was cancelled"), {}};
    if (text.contains(QLatin1String("numeric value is out of range")))
        throw erp::rpc::RpcError{ErrorCode::Validation, QStringLiteral("a number is out of range"), {}};
    qWarning().noquote() << "SQL failed:" << e.text() << "code" << code << "in" << sql;
    throw erp::rpc::RpcError{ErrorCode::Internal, QStringLiteral("database error (see the server log)"), {}};
}

} // namespace erp::db
