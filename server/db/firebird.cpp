#include "firebird.h"

#include "fbstatement.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

#include <ibase.h>

namespace erp::db {

namespace {

QByteArray quoted(const QString &s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("''"));
    return "'" + q.toUtf8() + "'";
}

} // namespace

DbConfig DbConfig::fromSpec(const QString &spec)
{
    DbConfig c;
    // A Windows drive letter ("C:\...") is a path, not a host.
    const qsizetype colon = spec.indexOf(u':');
    if (colon > 1) {
        c.host = spec.left(colon);
        c.path = spec.mid(colon + 1);
    } else {
        c.path = spec;
    }
    return c;
}

bool createDatabase(const DbConfig &config, QString *error)
{
    ISC_STATUS_ARRAY status{};
    isc_db_handle db = 0;
    isc_tr_handle tr = 0;
    QByteArray sql = "CREATE DATABASE " + quoted(config.connectString()) + " USER " + quoted(config.user);
    if (!config.password.isEmpty())
        sql += " PASSWORD " + quoted(config.password);
    sql += " PAGE_SIZE 16384 DEFAULT CHARACTER SET UTF8";
    isc_dsql_execute_immediate(status, &db, &tr, 0, sql.constData(), 3, nullptr);
    if (failed(status)) {
        *error = QStringLiteral("cannot create database %1: %2").arg(config.connectString(), statusMessage(status, QStringLiteral("; ")));
        return false;
    }
    isc_detach_database(status, &db);
    return true;
}

namespace {

QByteArray attachParameters(const DbConfig &config)
{
    QByteArray dpb;
    dpb.append(char(isc_dpb_version1));
    const QByteArray user = config.user.toUtf8();
    const QByteArray password = config.password.toUtf8();
    dpb.append(char(isc_dpb_user_name)).append(char(user.size())).append(user);
    dpb.append(char(isc_dpb_password)).append(char(password.size())).append(password);
    return dpb;
}

void appendInt(QByteArray *dpb, char item, quint32 value)
{
    dpb->append(item).append(char(4));
    for (int i = 0; i < 4; ++i)
        dpb->append(char((value >> (8 * i)) & 0xff)); // little-endian, as isc_vax_integer reads it
}

} // namespace

bool setDatabaseOptions(const DbConfig &config, int pageBuffers, bool forcedWrites, QString *error)
{
    ISC_STATUS_ARRAY status{};
    isc_db_handle db = 0;
    QByteArray dpb = attachParameters(config);
    if (pageBuffers > 0)
        appendInt(&dpb, char(isc_dpb_set_page_buffers), quint32(pageBuffers));
    appendInt(&dpb, char(isc_dpb_force_write), forcedWrites ? 1 : 0);
    const QByteArray name = config.connectString().toUtf8();
    isc_attach_database(status, 0, name.constData(), &db, short(dpb.size()), dpb.constData());
    if (failed(status)) {
        *error = QStringLiteral("cannot change the settings of %1: %2").arg(config.connectString(), statusMessage(status, QStringLiteral("; ")));
        return false;
    }
    isc_detach_database(status, &db);
    return true;
}

bool databaseExists(const DbConfig &config)
{
    if (config.embedded())
        return QFileInfo::exists(config.path);
    ISC_STATUS_ARRAY status{};
    isc_db_handle db = 0;
    const QByteArray dpb = attachParameters(config);
    const QByteArray name = config.connectString().toUtf8();
    isc_attach_database(status, 0, name.constData(), &db, short(dpb.size()), dpb.constData());
    if (failed(status))
        return false;
    isc_detach_database(status, &db);
    return true;
}

bool openConnection(const DbConfig &config, const QString &connectionName, QSqlDatabase *db, QString *error)
{
    *db = QSqlDatabase::addDatabase(QStringLiteral("QIBASE"), connectionName);
    db->setHostName(config.host);
    db->setDatabaseName(config.path);
    db->setUserName(config.user);
    db->setPassword(config.password);
    db->setConnectOptions(QStringLiteral("ISC_DPB_LC_CTYPE=UTF8"));
    if (!db->open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(config.connectString(), db->lastError().text());
        if (config.embedded() && error->contains(QLatin1String("lock")))
            *error += QStringLiteral(" (another process, probably a running erp-server, has this embedded database open)");
        return false;
    }
    return true;
}

} // namespace erp::db
