#include "clientsession.h"

#include "asyncconnection.h"
#include "connection.h"

#include <QCborArray>
#include <QPointer>

namespace erp::app {

using erp::client::Reply;

ClientSession::ClientSession(QObject *parent) : QObject(parent), m_connection(new erp::client::AsyncConnection(this))
{
    connect(m_connection, &erp::client::AsyncConnection::event, this, [this](const QString &name, const QCborMap &data) {
        if (name == QLatin1String("changed"))
            Q_EMIT objectChanged(data.value(QStringLiteral("kind")).toString(), data.value(QStringLiteral("id")).toInteger(),
                                 int(data.value(QStringLiteral("version")).toInteger()),
                                 data.value(QStringLiteral("action")).toString());
        Q_EMIT serverEvent(name, data);
        if (name == QLatin1String("metaChanged"))
            reloadMetadata();
    });
    connect(m_connection, &erp::client::AsyncConnection::closed, this, &ClientSession::connectionLost);
    connect(m_connection, &erp::client::AsyncConnection::progress, this, &ClientSession::callProgress);
}

ClientSession::~ClientSession() = default;

QString ClientSession::serverName() const
{
    return m_connection->serverName();
}

void ClientSession::login(const QString &host, quint16 port, const QString &user, const QString &password,
                          const QString &language)
{
    m_address = host + u':' + QString::number(port);
    m_language = language;
    disconnect(m_connection, &erp::client::AsyncConnection::ready, this, nullptr);
    disconnect(m_connection, &erp::client::AsyncConnection::failed, this, nullptr);
    connect(m_connection, &erp::client::AsyncConnection::failed, this,
            [this](const QString &message, int) { Q_EMIT loginFailed(message); });
    connect(m_connection, &erp::client::AsyncConnection::ready, this, [this, user, password] {
        QCborMap params;
        params.insert(QStringLiteral("user"), user);
        params.insert(QStringLiteral("password"), password);
        m_connection->call(QStringLiteral("auth.login"), params, this, [this](const Reply &r) {
            if (!r.ok) {
                Q_EMIT loginFailed(r.error.message);
                return;
            }
            const QCborMap u = r.result.toMap().value(QStringLiteral("user")).toMap();
            m_login = u.value(QStringLiteral("login")).toString();
            m_userId = u.value(QStringLiteral("id")).toInteger();
            m_userName = u.value(QStringLiteral("name")).toString();
            m_role = u.value(QStringLiteral("role")).toString();
            m_rights.clear();
            for (const QCborValue &right : u.value(QStringLiteral("rights")).toArray())
                m_rights.append(right.toString());
            loadEnums([this] { Q_EMIT loggedIn(); });
        });
    });
    m_connection->open(host, port, language);
}

void ClientSession::cancelCall(qint64 call)
{
    m_connection->cancel(call);
}

qint64 ClientSession::call(const QString &method, const QCborMap &params, QObject *receiver, ReplyHandler handler)
{
    return m_connection->call(method, params, receiver, [this, handler = std::move(handler)](const Reply &r) {
        if (r.ok || r.error.code != erp::protocol::ErrorCode::Disabled) {
            handler(r);
            return;
        }
        Reply switchedOff = r;
        switchedOff.error.message = switchedOffMessage();
        handler(switchedOff);
        // What this client cached says the part is there: read it again.
        reloadMetadata();
    });
}

QString ClientSession::switchedOffMessage()
{
    return tr("This part of the system is switched off.");
}

void ClientSession::reloadMetadata()
{
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    m_reloading = true;
    ++m_metaGeneration;
    m_kinds.clear();
    loadEnums([this] {
        m_reloading = false;
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reloadMetadata();
            return;
        }
        Q_EMIT metadataChanged();
    });
}

void ClientSession::loadEnums(std::function<void()> done)
{
    call(QStringLiteral("meta.enums"), {}, this, [this, done](const Reply &r) {
        for (const QCborValue &e : r.result.toArray()) {
            EnumInfo info;
            info.name = e.toMap().value(QStringLiteral("name")).toString();
            info.title = e.toMap().value(QStringLiteral("title")).toString();
            for (const QCborValue &v : e.toMap().value(QStringLiteral("values")).toArray())
                info.values.append({v.toMap().value(QStringLiteral("name")).toString(),
                                    v.toMap().value(QStringLiteral("title")).toString()});
            m_enums.insert(info.name, info);
        }
        m_enumsLoaded = true;
        done();
    });
}

void ClientSession::describe(const QString &kind, QObject *receiver, std::function<void(const KindInfo &)> done)
{
    const auto it = m_kinds.constFind(kind);
    if (it != m_kinds.constEnd()) {
        done(*it);
        return;
    }
    QCborMap params;
    params.insert(QStringLiteral("kind"), kind);
    call(QStringLiteral("meta.describe"), params, receiver, [this, kind, done, generation = m_metaGeneration](const Reply &r) {
        if (!r.ok)
            return;
        const KindInfo info = KindInfo::fromCbor(r.result.toMap());
        if (generation == m_metaGeneration)
            remember(kind, info);
        done(info);
    });
}

void ClientSession::switchedOffKinds(const QStringList &kinds, QObject *receiver,
                                     std::function<void(const QSet<QString> &)> done)
{
    if (kinds.isEmpty()) {
        done({});
        return;
    }
    // Straight through the connection: an answer Disabled is what is asked here, not news that
    // should make the session read its metadata again.
    auto off = std::make_shared<QSet<QString>>();
    auto waiting = std::make_shared<qsizetype>(kinds.size());
    for (const QString &kind : kinds) {
        QCborMap params;
        params.insert(QStringLiteral("kind"), kind);
        m_connection->call(QStringLiteral("meta.describe"), params, receiver,
                           [this, kind, off, waiting, done, generation = m_metaGeneration](const Reply &r) {
                               if (r.ok && generation == m_metaGeneration)
                                   remember(kind, KindInfo::fromCbor(r.result.toMap()));
                               else if (!r.ok && r.error.code == erp::protocol::ErrorCode::Disabled)
                                   off->insert(kind);
                               if (--*waiting == 0)
                                   done(*off);
                           });
    }
}

void ClientSession::remember(const QString &kind, const KindInfo &info)
{
    m_kinds.insert(kind, info);
    // The status field is an enumeration of the workflow's states.
    if (!info.workflow.isEmpty())
        m_enums.insert(info.workflow.enumName(), info.workflow.statesEnum());
}

void ClientSession::enumeration(const QString &name, QObject *, std::function<void(const EnumInfo &)> done)
{
    done(m_enums.value(name));
}

} // namespace erp::app
