#include "connection.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocale>
#include <QTcpSocket>

namespace erp::client {

using erp::protocol::ErrorCode;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};
} // namespace

Connection::Connection() : m_socket(std::make_unique<QTcpSocket>()) {}

Connection::~Connection() = default;

bool Connection::parseAddress(const QString &spec, QString *host, quint16 *port)
{
    const qsizetype colon = spec.lastIndexOf(u':');
    bool ok = false;
    const uint p = spec.mid(colon + 1).toUInt(&ok);
    if (colon < 1 || !ok || p == 0 || p > 65535)
        return false;
    *host = spec.left(colon);
    *port = quint16(p);
    return true;
}

bool Connection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool Connection::open(const QString &host, quint16 port, QString *error, int timeoutMs, const QString &language)
{
    m_socket->connectToHost(host, port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        *error = Text::tr("cannot connect to %1:%2: %3").arg(host).arg(port).arg(m_socket->errorString());
        return false;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QCborMap hello = erp::protocol::makeHello(QCoreApplication::applicationName(), language.isEmpty() ? QLocale().name() : language);
    m_socket->write(erp::protocol::encodeFrame(hello));
    QCborMap reply;
    if (!readMessage(&reply, timeoutMs, error))
        return false;
    if (reply.contains(erp::protocol::key::Error)) {
        *error = erp::protocol::Error::fromCbor(reply.value(erp::protocol::key::Error).toMap()).message;
        close();
        return false;
    }
    const QCborMap accepted = reply.value(erp::protocol::key::Hello).toMap();
    m_version = int(accepted.value(QStringLiteral("version")).toInteger());
    m_serverName = accepted.value(QStringLiteral("server")).toString();
    if (m_version == 0) {
        *error = Text::tr("the server did not answer the handshake");
        close();
        return false;
    }
    return true;
}

bool Connection::login(const QString &user, const QString &password, QString *error)
{
    QCborMap params;
    params.insert(QStringLiteral("user"), user);
    params.insert(QStringLiteral("password"), password);
    const Reply r = call(QStringLiteral("auth.login"), params);
    if (!r.ok)
        *error = r.error.message;
    return r.ok;
}

bool Connection::readMessage(QCborMap *message, int timeoutMs, QString *error)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        QCborValue item;
        QString decodeError;
        switch (m_reader.next(&item, &decodeError)) {
        case erp::protocol::FrameReader::Status::Frame:
            *message = item.toMap();
            return true;
        case erp::protocol::FrameReader::Status::TooLarge:
        case erp::protocol::FrameReader::Status::Malformed:
            *error = decodeError;
            close();
            return false;
        case erp::protocol::FrameReader::Status::NeedMore:
            break;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0) {
            *error = Text::tr("the server closed the connection");
            return false;
        }
        if (deadline.hasExpired() || !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_socket->bytesAvailable() == 0) {
                *error = m_socket->state() == QAbstractSocket::ConnectedState ? Text::tr("no answer from the server in time")
                                                                              : Text::tr("the server closed the connection");
                return false;
            }
        }
        m_reader.append(m_socket->readAll());
    }
}

Reply Connection::call(const QString &method, const QCborMap &params, int timeoutMs)
{
    return wait(send(method, params), timeoutMs);
}

qint64 Connection::send(const QString &method, const QCborMap &params)
{
    const qint64 id = m_nextId++;
    m_socket->write(erp::protocol::encodeFrame(erp::protocol::makeRequest(id, method, params)));
    m_sent.insert(id);
    return id;
}

Reply Connection::wait(qint64 id, int timeoutMs)
{
    Reply reply;
    QDeadlineTimer deadline(timeoutMs);
    QCborMap message = m_answers.take(id);
    while (message.isEmpty()) {
        QString error;
        if (!readMessage(&message, int(qMax<qint64>(1, deadline.remainingTime())), &error)) {
            m_sent.remove(id); // abandoned: a late answer is dropped
            reply.error = {ErrorCode::Internal, error, {}};
            return reply;
        }
        if (message.contains(erp::protocol::key::Event)) {
            keepEvent(message);
            message.clear();
            continue;
        }
        const qint64 replyId = message.value(erp::protocol::key::Id).toInteger(-1);
        if (replyId != id && replyId != 0) {
            if (m_sent.contains(replyId))
                m_answers.insert(replyId, message);
            message.clear(); // else a late answer to an abandoned call
        }
    }
    m_sent.remove(id);
    if (message.contains(erp::protocol::key::Error)) {
        reply.error = erp::protocol::Error::fromCbor(message.value(erp::protocol::key::Error).toMap());
        return reply;
    }
    reply.ok = true;
    reply.result = message.value(erp::protocol::key::Result);
    return reply;
}

void Connection::keepEvent(const QCborMap &event)
{
    if (m_onEvent)
        m_onEvent(event);
    else
        m_events.append(event);
}

QList<QCborMap> Connection::waitForEvents(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_events.isEmpty() && !deadline.hasExpired()) {
        QCborMap message;
        QString error;
        if (!readMessage(&message, int(qMax<qint64>(1, deadline.remainingTime())), &error))
            break;
        if (message.contains(erp::protocol::key::Event))
            keepEvent(message);
        else if (const qint64 replyId = message.value(erp::protocol::key::Id).toInteger(-1); m_sent.contains(replyId))
            m_answers.insert(replyId, message);
    }
    return takeEvents();
}

QList<QCborMap> Connection::takeEvents()
{
    QList<QCborMap> out;
    out.swap(m_events);
    return out;
}

void Connection::close()
{
    m_socket->abort();
}

} // namespace erp::client
