#pragma once

#include "kindinfo.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QWidget;

namespace erp::client {
class AsyncConnection;
struct Reply;
} // namespace erp::client

namespace erp::app {

// What a reference field asks its chooser for: the kind, and conditions the list starts with
// (the chosen partner's own counterparties) that the user can clear to see every object.
struct ChoiceRequest
{
    QString kind;
    QCborArray filters;
    qint64 current = 0; // the value now: selected when the list shows it
};

// Everything the windows of one logged-in client share: the connection, the user, and the
// metadata fetched from the server (cached until the server says it changed: an administrator
// switched a functional option or wrote an additional attribute, pushed as "metaChanged").
class ClientSession : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const erp::client::Reply &)>;

    explicit ClientSession(QObject *parent = nullptr);
    ~ClientSession() override;

    // Connects, checks the protocol version and logs in; emits loggedIn() or loginFailed().
    void login(const QString &host, quint16 port, const QString &user, const QString &password,
               const QString &language);

    // A call; handler runs on the GUI thread unless receiver was destroyed in the meantime.
    // An answer Disabled (a part of the system switched off) comes with a message saying so
    // and makes the session read its metadata again.
    // Answers the request id, which callProgress() names and cancelCall() takes.
    qint64 call(const QString &method, const QCborMap &params, QObject *receiver, ReplyHandler handler);
    // Asks the server to stop a call in flight; its handler then gets the answer Cancelled.
    void cancelCall(qint64 call);

    // Metadata, fetched once: the callback may run at once when cached.
    void describe(const QString &kind, QObject *receiver, std::function<void(const KindInfo &)> done);
    void enumeration(const QString &name, QObject *receiver, std::function<void(const EnumInfo &)> done);
    // Which of the kinds are switched off now (answer Disabled), asking the server; the others
    // are described and cached on the way.
    void switchedOffKinds(const QStringList &kinds, QObject *receiver, std::function<void(const QSet<QString> &)> done);
    // Forgets the cached metadata and reads the enumerations again; metadataChanged() follows.
    // Several requests while one runs make one more reading after it.
    void reloadMetadata();
    bool isReloadingMetadata() const { return m_reloading; }
    // The message shown for an answer Disabled, wherever it comes from.
    static QString switchedOffMessage();

    // The logged-in user's object in the users catalog.
    qint64 userId() const { return m_userId; }
    QString userLogin() const { return m_login; }
    QString userName() const { return m_userName; }
    QString role() const { return m_role; }
    bool hasRight(const QString &right) const { return m_rights.contains(right); }
    QString serverAddress() const { return m_address; }
    QString serverName() const;
    QString language() const { return m_language; }

    // Opens a chooser (a list of request.kind to pick from) for reference fields; the callback
    // gets the chosen object. Set by the main window; reference editors hide their "…" button when unset.
    std::function<void(QWidget *parent, const ChoiceRequest &request, std::function<void(qint64 id, const QString &name)>)>
        chooseObject;

Q_SIGNALS:
    void loggedIn();
    void loginFailed(const QString &message);
    void connectionLost(const QString &reason);
    // A committed change by anyone (pushed by the server).
    void objectChanged(const QString &kind, qint64 id, int version, const QString &action);
    // Every push the server sends ({event, data}): "changed" as above, "reminder" and what
    // areas add; receivers pick the events they know.
    void serverEvent(const QString &name, const QCborMap &data);
    // How far a long call of this session is (a report pushing "progress").
    void callProgress(qint64 call, qint64 done, qint64 total, const QString &stage);
    // The cached metadata was read again (after "metaChanged", an answer Disabled or
    // reloadMetadata()): windows rebuild what they built from it.
    void metadataChanged();

private:
    void loadEnums(std::function<void()> done);
    void remember(const QString &kind, const KindInfo &info);

    erp::client::AsyncConnection *m_connection;
    QString m_address;
    QString m_login;
    qint64 m_userId = 0;
    QString m_userName;
    QString m_role;
    QString m_language;
    QStringList m_rights;
    QHash<QString, KindInfo> m_kinds;
    QHash<QString, EnumInfo> m_enums;
    bool m_enumsLoaded = false;
    int m_metaGeneration = 0; // answers of meta.describe asked before a reload are not cached
    bool m_reloading = false;
    bool m_reloadAgain = false;
};

} // namespace erp::app
