// A database made before VAT rates became a catalog (the rate an enumeration value in a VARCHAR
// column) starts with the rates its products and lines had, converted to the catalog's.
#include "db/firebird.h"
#include "db/schema.h"
#include "metadata/model.h"
#include "testdatabase.h"
#include "trade/vatrateseed.h"
#include "trade/vatrateupgrade.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace erp;

namespace {

// The application's metadata as it was before the catalog: vat_rate an enumeration, no
// vat_percent, no vat_rates catalog.
bool writeOldMetadata(const QString &from, const QString &to)
{
    QDirIterator it(from, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(from).relativeFilePath(path);
        if (relative == QLatin1String("catalogs/vat_rates.json"))
            continue;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        const auto old = [](QJsonArray fields) {
            QJsonArray out;
            for (const QJsonValue &v : fields) {
                QJsonObject f = v.toObject();
                if (f.value(QLatin1String("name")) == QLatin1String("vat_percent"))
                    continue;
                if (f.value(QLatin1String("name")) == QLatin1String("vat_rate")) {
                    f.remove(QLatin1String("catalog"));
                    f.insert(QLatin1String("type"), QLatin1String("enum"));
                    f.insert(QLatin1String("enum"), QLatin1String("vat_rates"));
                }
                out.append(f);
            }
            return out;
        };
        o.insert(QLatin1String("fields"), old(o.value(QLatin1String("fields")).toArray()));
        QJsonArray sections;
        for (const QJsonValue &v : o.value(QLatin1String("sections")).toArray()) {
            QJsonObject s = v.toObject();
            s.insert(QLatin1String("fields"), old(s.value(QLatin1String("fields")).toArray()));
            sections.append(s);
        }
        if (!sections.isEmpty())
            o.insert(QLatin1String("sections"), sections);
        QDir().mkpath(QFileInfo(to + u'/' + relative).path());
        QFile out(to + u'/' + relative);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(QJsonDocument(o).toJson());
    }
    QFile e(to + QStringLiteral("/enums/vat_rates.json"));
    if (!e.open(QIODevice::WriteOnly))
        return false;
    e.write(R"({"enum": "vat_rates", "values": [{"name": "standard"}, {"name": "reduced"}, {"name": "zero"}, {"name": "exempt"}]})");
    return true;
}

} // namespace

class TestVatUpgrade : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_testDb;
    QSqlDatabase m_db;

    QString value(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<none>");
        return q.value(0).toString();
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

private Q_SLOTS:
    void initTestCase()
    {
        db::DbConfig config;
        config.host = m_testDb.host();
        config.path = m_testDb.path();
        config.password = m_testDb.password();
        QString error;
        QVERIFY2(db::createDatabase(config, &error), qPrintable(error));
        QVERIFY2(db::openConnection(config, QStringLiteral("vat-upgrade"), &m_db, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("vat-upgrade"));
    }

    void oldRatesBecomeReferencesToTheCatalog()
    {
        const QString metadata = qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/resources/metadata");
        QTemporaryDir oldDir;
        QVERIFY(writeOldMetadata(metadata, oldDir.path()));
        QString error;
        const auto oldModel = meta::Model::load(oldDir.path(), &error);
        QVERIFY2(oldModel, qPrintable(error));
        QStringList applied;
        QVERIFY2(db::SchemaMigrator(m_db, *oldModel).migrate(&applied, &error), qPrintable(error));
        exec(QStringLiteral("INSERT INTO CAT_PRODUCTS (ID, ROW_VERSION, CODE, NAME, PRODUCT_TYPE, UNIT, VAT_RATE, "
                            "CREATED_AT, UPDATED_AT) VALUES (1, 1, 'P1', 'Kniha', 'goods', 9, 'reduced', "
                            "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        exec(QStringLiteral("INSERT INTO DOC_SALES_INVOICES_LINES (OWNER_ID, LINE_NO, PRODUCT, QUANTITY, AMOUNT, "
                            "VAT_RATE, VAT_AMOUNT) VALUES (2, 1, 1, 1, 100, 'standard', 21)"));
        exec(QStringLiteral("INSERT INTO DOC_SALES_INVOICES_LINES (OWNER_ID, LINE_NO, PRODUCT, QUANTITY, AMOUNT, "
                            "VAT_RATE, VAT_AMOUNT) VALUES (2, 2, 1, 1, 100, 'exempt', 0)"));

        // What erp-server does at every start.
        const auto model = meta::Model::load(metadata, &error);
        QVERIFY2(model, qPrintable(error));
        for (int start = 0; start < 2; ++start) { // the second start finds nothing to convert
            applied.clear();
            QVERIFY2(trade::renameVatRateEnumColumns(m_db, &error), qPrintable(error));
            QVERIFY2(db::SchemaMigrator(m_db, *model).migrate(&applied, &error), qPrintable(error));
            QVERIFY2(trade::seedVatRates(m_db, &error), qPrintable(error));
            QVERIFY2(trade::convertVatRateEnumColumns(m_db, &error), qPrintable(error));
            QCOMPARE(value(QStringLiteral("SELECT r.CODE FROM CAT_PRODUCTS p JOIN CAT_VAT_RATES r ON r.ID = p.VAT_RATE")),
                     QStringLiteral("reduced"));
            QCOMPARE(value(QStringLiteral("SELECT r.CODE || ' ' || CAST(l.VAT_PERCENT AS VARCHAR(10)) FROM DOC_SALES_INVOICES_LINES l "
                                          "JOIN CAT_VAT_RATES r ON r.ID = l.VAT_RATE WHERE l.LINE_NO = 1")),
                     QStringLiteral("standard 21.00"));
            QCOMPARE(value(QStringLiteral("SELECT r.CODE || ' ' || COALESCE(CAST(l.VAT_PERCENT AS VARCHAR(10)), '-') "
                                          "FROM DOC_SALES_INVOICES_LINES l JOIN CAT_VAT_RATES r ON r.ID = l.VAT_RATE "
                                          "WHERE l.LINE_NO = 2")),
                     QStringLiteral("exempt -"));
            QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM RDB$RELATION_FIELDS WHERE RDB$FIELD_NAME = 'VAT_RATE_ENUM'")),
                     QStringLiteral("0"));
            QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM CAT_VAT_RATES")), QStringLiteral("4"));
            if (start == 1)
                QVERIFY2(applied.isEmpty(), qPrintable(applied.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestVatUpgrade)
#include "tst_vatupgrade.moc"
