#include "serverprofiles.h"

#include <QSettings>

namespace erp::app {

QList<ServerProfile> ServerProfiles::load()
{
    QSettings settings;
    QList<ServerProfile> out;
    const int n = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host"), p.host).toString();
        p.port = quint16(settings.value(QStringLiteral("port"), p.port).toUInt());
        p.user = settings.value(QStringLiteral("user")).toString();
        if (!p.name.isEmpty())
            out.append(p);
    }
    settings.endArray();
    return out;
}

void ServerProfiles::save(const QList<ServerProfile> &profiles)
{
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profiles[i].name);
        settings.setValue(QStringLiteral("host"), profiles[i].host);
        settings.setValue(QStringLiteral("port"), profiles[i].port);
        settings.setValue(QStringLiteral("user"), profiles[i].user);
    }
    settings.endArray();
}

QString ServerProfiles::lastUsed()
{
    return QSettings().value(QStringLiteral("lastProfile")).toString();
}

void ServerProfiles::remember(const ServerProfile &profile)
{
    QList<ServerProfile> profiles = load();
    bool replaced = false;
    for (ServerProfile &p : profiles) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        profiles.append(profile);
    save(profiles);
    QSettings().setValue(QStringLiteral("lastProfile"), profile.name);
}

} // namespace erp::app
