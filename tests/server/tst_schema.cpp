// Metadata to schema and forward migration on a real Firebird database.
#include "db/firebird.h"
#include "db/schema.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"
#include "metadata/field.h"
#include "metadata/model.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace erp;

namespace {

struct ColumnInfo
{
    int type = 0;
    int length = 0;
    int precision = 0;
    int scale = 0;
    QString collation;
};

std::optional<meta::Model> modelFrom(QTemporaryDir &dir, const QList<std::pair<QString, QByteArray>> &files)
{
    QDir(dir.path()).removeRecursively();
    QDir().mkpath(dir.path());
    for (const auto &[name, content] : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return std::nullopt;
        f.write(content);
    }
    QString error;
    auto model = meta::Model::load(dir.path(), &error);
    if (!model)
        qWarning().noquote() << error;
    return model;
}

const QByteArray clientsV1 = R"({"catalog": "clients", "fields": [
    {"name": "city", "type": "string", "length": 40},
    {"name": "balance", "type": "money"}]})";
const QByteArray clientsV2 = R"({"catalog": "clients", "fields": [
    {"name": "city", "type": "string", "length": 80},
    {"name": "balance", "type": "money"},
    {"name": "vip", "type": "boolean"},
    {"name": "since", "type": "date", "indexed": true}],
  "sections": [{"name": "phones", "fields": [{"name": "number", "type": "string", "length": 30}]}]})";
const QByteArray clientsBroken = R"({"catalog": "clients", "fields": [
    {"name": "city", "type": "integer"},
    {"name": "balance", "type": "money"}]})";
const QByteArray regions = R"({"catalog": "regions", "hierarchical": true})";

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_testDb;
    db::DbConfig m_config;
    QSqlDatabase m_db;

    QStringList tables()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT TRIM(RDB$RELATION_NAME) FROM RDB$RELATIONS WHERE COALESCE(RDB$SYSTEM_FLAG, 0) = 0"));
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    std::optional<ColumnInfo> column(const QString &table, const QString &name)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT f.RDB$FIELD_TYPE, f.RDB$CHARACTER_LENGTH, f.RDB$FIELD_PRECISION, f.RDB$FIELD_SCALE, "
            "TRIM(c.RDB$COLLATION_NAME) FROM RDB$RELATION_FIELDS rf "
            "JOIN RDB$FIELDS f ON f.RDB$FIELD_NAME = rf.RDB$FIELD_SOURCE "
            "LEFT JOIN RDB$COLLATIONS c ON c.RDB$COLLATION_ID = COALESCE(rf.RDB$COLLATION_ID, f.RDB$COLLATION_ID) "
            "AND c.RDB$CHARACTER_SET_ID = f.RDB$CHARACTER_SET_ID "
            "WHERE rf.RDB$RELATION_NAME = ? AND rf.RDB$FIELD_NAME = ?"));
        q.addBindValue(table);
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return ColumnInfo{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toString()};
    }

    QStringList plan(const meta::Model &model, QString *error)
    {
        QStringList statements;
        db::SchemaMigrator migrator(m_db, model);
        if (!migrator.plan(&statements, error))
            return {QStringLiteral("<error>")};
        return statements;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_config.host = m_testDb.host();
        m_config.path = m_testDb.path();
        m_config.password = m_testDb.password();
        QString error;
        QVERIFY(!db::databaseExists(m_config));
        QVERIFY2(db::createDatabase(m_config, &error), qPrintable(error));
        QVERIFY(db::databaseExists(m_config));
        QVERIFY2(db::openConnection(m_config, QStringLiteral("schema-test"), &m_db, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("schema-test"));
    }

    void derivesTheApplicationSchema()
    {
        QString error;
        const auto model = meta::Model::load(qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/resources/metadata"), &error);
        QVERIFY2(model, qPrintable(error));
        QStringList applied;
        db::SchemaMigrator migrator(m_db, *model);
        QVERIFY2(migrator.migrate(&applied, &error), qPrintable(error));
        QVERIFY(applied.size() > 20);
        for (const meta::ObjectKind &k : model->kinds())
            QVERIFY2(tables().contains(k.table), qPrintable(k.table));
        QVERIFY(tables().contains(QStringLiteral("CAT_COUNTERPARTIES_ACCOUNTS")));

        const auto credit = column(QStringLiteral("CAT_PARTNERS"), QStringLiteral("CREDIT_LIMIT"));
        QVERIFY(credit);
        QCOMPARE(credit->type, 16); // BIGINT storage of NUMERIC(18,4): fixed point, not floating
        QCOMPARE(credit->precision, 18);
        QCOMPARE(credit->scale, -4);
        const auto name = column(QStringLiteral("CAT_PARTNERS"), QStringLiteral("NAME"));
        QCOMPARE(name->type, 37);
        QCOMPARE(name->length, 150);
        QCOMPARE(name->collation, QStringLiteral("UNICODE_CI_AI"));
        QCOMPARE(column(QStringLiteral("CAT_PARTNERS"), QStringLiteral("REGISTERED_ON"))->type, 12); // DATE
        QCOMPARE(column(QStringLiteral("CAT_PARTNERS"), QStringLiteral("IS_CLIENT"))->type, 23);     // BOOLEAN
        QCOMPARE(column(QStringLiteral("CAT_PARTNERS"), QStringLiteral("NOTE"))->type, 261);         // BLOB text
        QVERIFY(!column(QStringLiteral("CAT_USERS"), QStringLiteral("PASSWORD_HASH"))->collation.isEmpty());

        // Unchanged metadata: nothing to do.
        QCOMPARE(plan(*model, &error), QStringList());
    }

    void upgradeCreatesTheSortCollation()
    {
        // A database from before the Czech order: the migration adds the collation, and it sorts.
        QString error;
        const auto model = meta::Model::load(qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/resources/metadata"), &error);
        QVERIFY2(model, qPrintable(error));
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(QStringLiteral("DROP COLLATION ERP_CS_CZ")), qPrintable(q.lastError().text()));
        QCOMPARE(plan(*model, &error), QStringList{QStringLiteral("CREATE COLLATION ERP_CS_CZ FOR UTF8 FROM UNICODE 'LOCALE=cs_CZ'")});
        QStringList applied;
        QVERIFY2(db::SchemaMigrator(m_db, *model).migrate(&applied, &error), qPrintable(error));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(plan(*model, &error), QStringList());
        QVERIFY2(q.exec(QStringLiteral("SELECT 1 FROM RDB$DATABASE WHERE 'Chalupa' COLLATE ERP_CS_CZ > 'Hora'")), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
    }

    void migratesForward()
    {
        QTemporaryDir dir;
        auto v1 = modelFrom(dir, {{QStringLiteral("clients.json"), clientsV1}});
        QVERIFY(v1);
        QStringList applied;
        QString error;
        QVERIFY2(db::SchemaMigrator(m_db, *v1).migrate(&applied, &error), qPrintable(error));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO CAT_CLIENTS (ID, CODE, NAME, CITY, BALANCE, CREATED_AT, UPDATED_AT) "
                                      "VALUES (1, '1', 'Stávající klient', 'Brno', 12.3456, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")));

        auto v2 = modelFrom(dir, {{QStringLiteral("clients.json"), clientsV2}, {QStringLiteral("regions.json"), regions}});
        QVERIFY(v2);
        const QStringList planned = plan(*v2, &error);
        QVERIFY2(planned.filter(QStringLiteral("ALTER COLUMN \"CITY\" TYPE VARCHAR(80)")).size() == 1, qPrintable(planned.join(u'\n')));
        QCOMPARE(planned.filter(QStringLiteral("ALTER TABLE \"CAT_CLIENTS\" ADD \"VIP\" BOOLEAN")).size(), 1);
        QCOMPARE(planned.filter(QStringLiteral("CREATE TABLE \"CAT_CLIENTS_PHONES\"")).size(), 1);
        QCOMPARE(planned.filter(QStringLiteral("CREATE TABLE \"CAT_REGIONS\"")).size(), 1);
        QCOMPARE(planned.filter(QStringLiteral("\"SINCE\", \"ID\"")).size(), 1);
        applied.clear();
        QVERIFY2(db::SchemaMigrator(m_db, *v2).migrate(&applied, &error), qPrintable(error));
        QCOMPARE(applied, planned);
        QCOMPARE(plan(*v2, &error), QStringList());

        QVERIFY(q.exec(QStringLiteral("SELECT NAME, CITY, CAST(BALANCE AS VARCHAR(40)), VIP FROM CAT_CLIENTS WHERE ID = 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Stávající klient"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Brno"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("12.3456"));
        QVERIFY(q.value(3).isNull());
        QCOMPARE(column(QStringLiteral("CAT_CLIENTS"), QStringLiteral("CITY"))->length, 80);
        QVERIFY(column(QStringLiteral("CAT_REGIONS"), QStringLiteral("PARENT")));
    }

    void refusesChangesThatNeedConversion()
    {
        QTemporaryDir dir;
        auto broken = modelFrom(dir, {{QStringLiteral("clients.json"), clientsBroken}});
        QVERIFY(broken);
        QStringList applied;
        QString error;
        QVERIFY(!db::SchemaMigrator(m_db, *broken).migrate(&applied, &error));
        QVERIFY2(error.contains(QLatin1String("CAT_CLIENTS.CITY")), qPrintable(error));
        QVERIFY(applied.isEmpty());
        QCOMPARE(column(QStringLiteral("CAT_CLIENTS"), QStringLiteral("CITY"))->type, 37); // still VARCHAR
    }

    void keepsDecimalsExactThroughTheDriver()
    {
        // Qt's QIBASE driver would pass NUMERIC through double; the text path must not.
        meta::Field money;
        money.name = QStringLiteral("balance");
        money.type = meta::FieldType::Money;
        money.precision = 18;
        money.scale = 4;
        db::Query q(m_db);
        for (const char *value : {"99999999999999.9999", "-99999999999999.9999", "9876543210987.6543", "0.0001"}) {
            db::execute(q, QStringLiteral("UPDATE CAT_CLIENTS SET BALANCE = %1 WHERE ID = 1").arg(db::placeholder(money)),
                        {db::toSqlValue(money, QString::fromLatin1(value))});
            db::execute(q, QStringLiteral("SELECT %1 FROM CAT_CLIENTS t WHERE ID = 1").arg(db::selectExpression(money, QStringLiteral("t"))));
            QVERIFY(q.next());
            QCOMPARE(db::fromSqlValue(money, q.value(0)).toString(), QString::fromLatin1(value));
        }
        // An amount beyond the column is an error, not a wrapped number.
        bool refused = false;
        try {
            db::execute(q, QStringLiteral("UPDATE CAT_CLIENTS SET BALANCE = %1 WHERE ID = 1").arg(db::placeholder(money)),
                        {QStringLiteral("99999999999999999999")});
        } catch (const rpc::RpcError &e) {
            refused = e.code == protocol::ErrorCode::Validation;
        }
        QVERIFY(refused);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
