#include "formdefaults.h"

#include "core/clientsession.h"

#include <QSettings>

namespace erp::app {

namespace {

bool isUserReference(const FieldInfo &f)
{
    // The platform's own catalog of users (auth), not a business kind.
    return f.type == QLatin1String("ref") && f.target == QLatin1String("users") && !f.readOnly;
}

} // namespace

QString FormDefaults::group(const ClientSession &session, const KindInfo &kind)
{
    QString server = session.serverAddress();
    server.replace(u'/', u'_');
    return QStringLiteral("documentDefaults/%1/%2/%3").arg(server, session.userLogin(), kind.name);
}

QCborMap FormDefaults::load(const ClientSession &session, const KindInfo &kind)
{
    QCborMap values;
    QCborMap display;
    QSettings settings;
    settings.beginGroup(group(session, kind));
    for (const FieldInfo &f : kind.fields) {
        if (f.readOnly)
            continue;
        if (f.remember) {
            const qint64 id = settings.value(f.name + QStringLiteral("/id")).toLongLong();
            if (id > 0) {
                values.insert(f.name, id);
                display.insert(f.name, settings.value(f.name + QStringLiteral("/name")).toString());
            }
        } else if (isUserReference(f) && session.userId() > 0) {
            values.insert(f.name, session.userId());
            display.insert(f.name, session.userName());
        }
    }
    if (!display.isEmpty())
        values.insert(QStringLiteral("display"), display);
    return values;
}

void FormDefaults::remember(const ClientSession &session, const KindInfo &kind, const QCborMap &document)
{
    QSettings settings;
    settings.beginGroup(group(session, kind));
    const QCborMap display = document.value(QStringLiteral("display")).toMap();
    for (const FieldInfo &f : kind.fields) {
        if (!f.remember)
            continue;
        const QCborValue value = document.value(f.name);
        // An emptied field is remembered as empty: the clerk cleared it on purpose.
        if (value.isInteger()) {
            settings.setValue(f.name + QStringLiteral("/id"), value.toInteger());
            settings.setValue(f.name + QStringLiteral("/name"), display.value(f.name).toString());
        } else {
            settings.remove(f.name);
        }
    }
}

} // namespace erp::app
