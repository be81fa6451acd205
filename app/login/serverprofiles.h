#pragma once

#include <QList>
#include <QString>

namespace erp::app {

struct ServerProfile
{
    QString name;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7410;
    QString user;
};

// Saved connections, in QSettings (the registry on Windows, ~/.config on Linux).
class ServerProfiles
{
public:
    static QList<ServerProfile> load();
    static void save(const QList<ServerProfile> &profiles);
    static QString lastUsed();
    // Adds or replaces the profile of that name and remembers it as the last one used.
    static void remember(const ServerProfile &profile);
};

} // namespace erp::app
