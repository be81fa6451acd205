#include "listcolumns.h"

#include <QSettings>

namespace erp::app::listcolumns {

namespace {

QString key(const QString &user, const QString &kind)
{
    return QStringLiteral("lists/%1/%2/columns").arg(user.isEmpty() ? QStringLiteral("-") : user, kind);
}

bool listable(const FieldInfo &f)
{
    return f.type != QLatin1String("text") && f.name != QLatin1String("id") && f.name != QLatin1String("version");
}

} // namespace

QList<FieldInfo> available(const KindInfo &kind, const QStringList &layout)
{
    QList<FieldInfo> columns;
    QStringList names;
    for (const QString &name : layout)
        if (const FieldInfo *f = kind.field(name); f && listable(*f) && !names.contains(name)) {
            columns.append(*f);
            names.append(name);
        }
    if (columns.isEmpty()) {
        // The first two system fields: code and name, or number and date.
        for (const FieldInfo &f : kind.fields.mid(0, 2)) {
            columns.append(f);
            names.append(f.name);
        }
    }
    for (const FieldInfo &f : kind.fields)
        if (listable(f) && !names.contains(f.name)) {
            columns.append(f);
            names.append(f.name);
        }
    return columns;
}

QStringList load(const QString &user, const QString &kind)
{
    return QSettings().value(key(user, kind)).toStringList();
}

void save(const QString &user, const QString &kind, const QStringList &shown)
{
    QSettings().setValue(key(user, kind), shown);
}

void reset(const QString &user, const QString &kind)
{
    QSettings().remove(key(user, kind));
}

} // namespace erp::app::listcolumns
