#include "sqltypes.h"

#include "metadata/field.h"

#include <QCryptographicHash>

namespace erp::db {

using erp::meta::FieldType;

QString sqlBaseType(const erp::meta::Field &field)
{
    switch (field.type) {
    case FieldType::String: return QStringLiteral("VARCHAR(%1)").arg(field.length);
    case FieldType::Text: return QStringLiteral("BLOB SUB_TYPE TEXT");
    case FieldType::Integer: return QStringLiteral("BIGINT");
    case FieldType::Decimal:
    case FieldType::Money: return QStringLiteral("NUMERIC(%1,%2)").arg(field.precision).arg(field.scale);
    case FieldType::Date: return QStringLiteral("DATE");
    case FieldType::DateTime: return QStringLiteral("TIMESTAMP");
    case FieldType::Boolean: return QStringLiteral("BOOLEAN");
    case FieldType::Enum: return QStringLiteral("VARCHAR(40)");
    case FieldType::Ref: return QStringLiteral("BIGINT");
    }
    return {};
}

QString sqlType(const erp::meta::Field &field)
{
    switch (field.type) {
    case FieldType::String: return sqlBaseType(field) + StringCollation;
    case FieldType::Text: return sqlBaseType(field) + QStringLiteral(" CHARACTER SET UTF8");
    case FieldType::Enum: return sqlBaseType(field) + QStringLiteral(" CHARACTER SET UTF8");
    default: return sqlBaseType(field);
    }
}

QString quoteIdentifier(const QString &name)
{
    return u'"' + name + u'"';
}

QString digitsExpression(const QString &columnSql, int digits)
{
    QString e = columnSql;
    for (const char *c : {" ", "-", "/", ".", "(", ")", "+"})
        e = QStringLiteral("REPLACE(%1, '%2', '')").arg(e, QLatin1String(c));
    return QStringLiteral("RIGHT(%1, %2)").arg(e).arg(digits);
}

QString lastDigits(const QString &value, int digits)
{
    QString d;
    for (const QChar c : value)
        if (c.isDigit() && c.unicode() < 128)
            d.append(c);
    return d.size() < digits ? QString() : d.right(digits);
}

QString objectName(const QString &table, const QString &suffix)
{
    const QString plain = table + u'_' + suffix;
    if (plain.size() <= 31)
        return plain;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(plain.toUtf8(), QCryptographicHash::Md5).toHex().left(6)).toUpper();
    const qsizetype keep = 31 - 1 - hash.size() - 1 - suffix.size();
    return table.left(keep) + u'_' + hash + u'_' + suffix;
}

} // namespace erp::db
