#include "asyncconnection.h"

#include "connection.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QTcpSocket>

namespace erp::client {

using erp::protocol::ErrorCode;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};
} // namespace

AsyncConnection::AsyncConnection(QObject *parent) : QObject(parent), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QCborMap hello = erp::protocol::makeHello(QCoreApplication::applicationName(), m_language);
        m_socket->write(erp::protocol::encodeFrame(hello));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &AsyncConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (!m_ready) {
            const QString message = error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::HostNotFoundError
                                        ? Text::tr("The server %1:%2 cannot be reached: %3")
                                              .arg(m_socket->peerName())
                                              .arg(m_socket->peerPort())
                                              .arg(m_socket->errorString())
                                        : Text::tr("Connection failed: %1").arg(m_socket->errorString());
            Q_EMIT failed(message, 0);
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        const bool wasReady = m_ready;
        m_ready = false;
        failAll(Text::tr("the connection to the server was lost"));
        if (wasReady)
            Q_EMIT closed(Text::tr("The connection to the server was lost."));
    });
}

AsyncConnection::~AsyncConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void AsyncConnection::open(const QString &host, quint16 port, const QString &language)
{
    m_language = language;
    m_ready = false;
    m_reader = erp::protocol::FrameReader();
    m_socket->abort();
    m_socket->connectToHost(host, port);
}

void AsyncConnection::close()
{
    m_socket->disconnectFromHost();
}

qint64 AsyncConnection::call(const QString &method, const QCborMap &params, QObject *receiver, Callback callback)
{
    const qint64 id = m_nextId++;
    if (!m_ready) {
        Reply r;
        r.error = {ErrorCode::Internal, Text::tr("not connected to the server"), {}};
        if (callback)
            callback(r);
        return id;
    }
    m_pending.insert(id, {QPointer<QObject>(receiver), receiver != nullptr, std::move(callback)});
    m_socket->write(erp::protocol::encodeFrame(erp::protocol::makeRequest(id, method, params)));
    return id;
}

void AsyncConnection::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    for (;;) {
        QCborValue item;
        QString error;
        switch (m_reader.next(&item, &error)) {
        case erp::protocol::FrameReader::Status::NeedMore:
            return;
        case erp::protocol::FrameReader::Status::Frame:
            handle(item.toMap());
            break;
        case erp::protocol::FrameReader::Status::TooLarge:
        case erp::protocol::FrameReader::Status::Malformed:
            m_socket->abort();
            failAll(error);
            Q_EMIT closed(Text::tr("The server sent data the client cannot read: %1").arg(error));
            return;
        }
    }
}

void AsyncConnection::handle(const QCborMap &message)
{
    if (!m_ready) {
        if (message.contains(erp::protocol::key::Error)) {
            const auto e = erp::protocol::Error::fromCbor(message.value(erp::protocol::key::Error).toMap());
            const QString text = e.code == ErrorCode::IncompatibleVersion
                                     ? Text::tr("This client and the server speak different protocol versions: %1. "
                                                "Install the client that matches the server.")
                                           .arg(e.message)
                                     : e.message;
            Q_EMIT failed(text, int(e.code));
            m_socket->abort();
            return;
        }
        const QCborMap hello = message.value(erp::protocol::key::Hello).toMap();
        if (hello.value(QStringLiteral("version")).toInteger() == 0) {
            Q_EMIT failed(Text::tr("The server did not complete the handshake; is this an ERP server?"), 0);
            m_socket->abort();
            return;
        }
        m_serverName = hello.value(QStringLiteral("server")).toString();
        m_ready = true;
        Q_EMIT ready();
        return;
    }
    if (message.value(erp::protocol::key::Event).toString() == QLatin1String("progress")) {
        // How far a long call of this connection is: for the call's own window, by its id.
        const QCborMap data = message.value(erp::protocol::key::Data).toMap();
        const qint64 call = data.value(QStringLiteral("call")).toInteger(-1);
        if (m_pending.contains(call))
            Q_EMIT progress(call, data.value(QStringLiteral("done")).toInteger(),
                            data.value(QStringLiteral("total")).toInteger(), data.value(QStringLiteral("stage")).toString());
        return;
    }
    if (message.contains(erp::protocol::key::Event)) {
        Q_EMIT event(message.value(erp::protocol::key::Event).toString(), message.value(erp::protocol::key::Data).toMap());
        return;
    }
    const qint64 id = message.value(erp::protocol::key::Id).toInteger(-1);
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    if (pending.hasReceiver && !pending.receiver)
        return;
    Reply r;
    if (message.contains(erp::protocol::key::Error)) {
        r.error = erp::protocol::Error::fromCbor(message.value(erp::protocol::key::Error).toMap());
    } else {
        r.ok = true;
        r.result = message.value(erp::protocol::key::Result);
    }
    if (pending.callback)
        pending.callback(r);
}

void AsyncConnection::cancel(qint64 call)
{
    if (m_pending.contains(call))
        this->call(QStringLiteral("system.cancel"), QCborMap{{QStringLiteral("call"), call}}, nullptr, {});
}

void AsyncConnection::failAll(const QString &reason)
{
    QHash<qint64, Pending> pending;
    pending.swap(m_pending);
    for (Pending &p : pending) {
        if ((p.hasReceiver && !p.receiver) || !p.callback)
            continue;
        Reply r;
        r.error = {ErrorCode::Internal, reason, {}};
        p.callback(r);
    }
}

} // namespace erp::client
