// Navigation, form layouts and per-role / per-user form settings through the real server.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

QStringList fieldsOf(const QCborMap &layout)
{
    QStringList names;
    for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray())
        for (const QCborValue &g : p.toMap().value(QStringLiteral("groups")).toArray())
            for (const QCborValue &f : g.toMap().value(QStringLiteral("fields")).toArray())
                names << f.toMap().value(QStringLiteral("field")).toString();
    return names;
}

QCborMap entryOf(const QCborMap &layout, const QString &field)
{
    for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray())
        for (const QCborValue &g : p.toMap().value(QStringLiteral("groups")).toArray())
            for (const QCborValue &f : g.toMap().value(QStringLiteral("fields")).toArray())
                if (f.toMap().value(QStringLiteral("field")).toString() == field)
                    return f.toMap();
    return {};
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    ServerProcess m_bare; // a database for servers that must refuse to start
    bool m_bareReady = false;
    std::unique_ptr<erp::client::Connection> m_admin;
    std::unique_ptr<erp::client::Connection> m_clerk;

    Reply save(erp::client::Connection &c, const QString &scope, const QString &target, const QCborMap &settings)
    {
        return c.call(QStringLiteral("forms.saveSettings"),
                      params(QStringLiteral("partners"), {{QStringLiteral("scope"), scope},
                                                          {QStringLiteral("target"), target},
                                                          {QStringLiteral("settings"), settings}}));
    }
    QCborMap layoutFor(erp::client::Connection &c)
    {
        return c.call(QStringLiteral("meta.form"), params(QStringLiteral("partners"))).result.toMap().value(QStringLiteral("layout")).toMap();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_admin = m_server.connect();
        QVERIFY(m_admin);
        QCborMap p = params(QStringLiteral("users"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("code"), QStringLiteral("clerk")},
                                                {QStringLiteral("name"), QStringLiteral("Lucie Horáková")},
                                                {QStringLiteral("role"), QStringLiteral("clerk")}}));
        QVERIFY(m_admin->call(QStringLiteral("catalog.create"), p).ok);
        QVERIFY(m_admin->call(QStringLiteral("auth.setPassword"), map({{QStringLiteral("login"), QStringLiteral("clerk")},
                                                                      {QStringLiteral("password"), QStringLiteral("Clerk-Password-1")}})).ok);
        m_clerk = m_server.connect(QStringLiteral("clerk"), QStringLiteral("Clerk-Password-1"));
        QVERIFY(m_clerk);
    }

    void showsOnlyTheSectionsTheRoleMayOpen()
    {
        auto titles = [](const Reply &r) {
            QStringList out;
            for (const QCborValue &s : r.result.toMap().value(QStringLiteral("sections")).toArray())
                out << s.toMap().value(QStringLiteral("name")).toString();
            return out;
        };
        const QStringList admin = titles(m_admin->call(QStringLiteral("meta.navigation")));
        const QStringList clerk = titles(m_clerk->call(QStringLiteral("meta.navigation")));
        QVERIFY(admin.contains(QStringLiteral("administration")));
        QVERIFY(!clerk.contains(QStringLiteral("administration")));
        QVERIFY(clerk.contains(QStringLiteral("crm")));
        QVERIFY(clerk.contains(QStringLiteral("sales")));
        QVERIFY(!clerk.contains(QStringLiteral("production"))); // nothing in it yet: not shown
    }

    void derivesALayoutWhereNoFileExists()
    {
        const QCborMap form = m_admin->call(QStringLiteral("meta.form"), params(QStringLiteral("units"))).result.toMap();
        const QStringList fields = fieldsOf(form.value(QStringLiteral("layout")).toMap());
        QCOMPARE(fields.mid(0, 2), (QStringList{QStringLiteral("name"), QStringLiteral("code")}));
        QVERIFY(fields.contains(QStringLiteral("international_code")));
        QVERIFY(!form.value(QStringLiteral("base")).toMap().value(QStringLiteral("list")).toArray().isEmpty());
    }

    void appliesRoleThenUserSettings()
    {
        QVERIFY(save(*m_admin, QStringLiteral("role"), QStringLiteral("clerk"),
                     map({{QStringLiteral("fields"), map({{QStringLiteral("credit_limit"), map({{QStringLiteral("readOnly"), true}})},
                                                         {QStringLiteral("web"), map({{QStringLiteral("hidden"), true}})},
                                                         {QStringLiteral("city"), map({{QStringLiteral("label"), QStringLiteral("Obec")}})}})}}))
                    .ok);
        // The clerk may shape the own form, over the role's settings.
        QVERIFY(save(*m_clerk, QStringLiteral("user"), QStringLiteral("clerk"),
                     map({{QStringLiteral("fields"), map({{QStringLiteral("web"), map({{QStringLiteral("hidden"), false}})},
                                                         {QStringLiteral("dic"), map({{QStringLiteral("position"), 0}})}})}}))
                    .ok);
        const QCborMap clerk = layoutFor(*m_clerk);
        QVERIFY(fieldsOf(clerk).contains(QStringLiteral("web")));
        QCOMPARE(entryOf(clerk, QStringLiteral("credit_limit")).value(QStringLiteral("readOnly")).toBool(), true);
        QCOMPARE(entryOf(clerk, QStringLiteral("city")).value(QStringLiteral("label")).toString(), QStringLiteral("Obec"));
        QCOMPARE(fieldsOf(clerk).first(), QStringLiteral("dic"));
        // The administrator's form is untouched.
        const QCborMap admin = layoutFor(*m_admin);
        QCOMPARE(fieldsOf(admin).first(), QStringLiteral("name"));
        QVERIFY(!entryOf(admin, QStringLiteral("credit_limit")).contains(QStringLiteral("readOnly")));
        // Settings shape forms only: the data stays readable.
        QVERIFY(m_clerk->call(QStringLiteral("catalog.list"), params(QStringLiteral("partners"))).ok);
    }

    void refusesSettingsOutsideOnesReach()
    {
        Reply r = save(*m_clerk, QStringLiteral("role"), QStringLiteral("clerk"), {});
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        r = save(*m_clerk, QStringLiteral("user"), QStringLiteral("admin"), {});
        QCOMPARE(r.error.code, ErrorCode::Forbidden);
        r = save(*m_admin, QStringLiteral("role"), QStringLiteral("pilot"), {});
        QCOMPARE(r.error.field, QStringLiteral("target"));
        r = save(*m_admin, QStringLiteral("team"), QStringLiteral("x"), {});
        QCOMPARE(r.error.field, QStringLiteral("scope"));
    }

    void rejectsBadSettingsNamingTheEntry_data()
    {
        QTest::addColumn<QCborMap>("settings");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown field") << map({{QStringLiteral("fields"), map({{QStringLiteral("colour"), QCborMap()}})}})
                                       << "settings.fields.colour";
        QTest::newRow("hidden not boolean")
            << map({{QStringLiteral("fields"), map({{QStringLiteral("ico"), map({{QStringLiteral("hidden"), QStringLiteral("yes")}})}})}})
            << "settings.fields.ico.hidden";
        QTest::newRow("unknown setting")
            << map({{QStringLiteral("fields"), map({{QStringLiteral("ico"), map({{QStringLiteral("colour"), QStringLiteral("red")}})}})}})
            << "settings.fields.ico.colour";
        QTest::newRow("label too long")
            << map({{QStringLiteral("fields"), map({{QStringLiteral("ico"), map({{QStringLiteral("label"), QString(101, u'x')}})}})}})
            << "settings.fields.ico.label";
        QTest::newRow("unknown section") << map({{QStringLiteral("sections"), map({{QStringLiteral("phones"), QCborMap()}})}})
                                         << "settings.sections.phones";
        QTest::newRow("unknown key") << map({{QStringLiteral("colours"), QCborMap()}}) << "settings.colours";
    }
    void rejectsBadSettingsNamingTheEntry()
    {
        QFETCH(QCborMap, settings);
        QFETCH(QString, field);
        const QCborMap before = m_admin->call(QStringLiteral("forms.getSettings"),
                                              params(QStringLiteral("partners"), {{QStringLiteral("scope"), QStringLiteral("role")},
                                                                                  {QStringLiteral("target"), QStringLiteral("clerk")}}))
                                    .result.toMap();
        const Reply r = save(*m_admin, QStringLiteral("role"), QStringLiteral("clerk"), settings);
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, field);
        const QCborMap after = m_admin->call(QStringLiteral("forms.getSettings"),
                                             params(QStringLiteral("partners"), {{QStringLiteral("scope"), QStringLiteral("role")},
                                                                                 {QStringLiteral("target"), QStringLiteral("clerk")}}))
                                   .result.toMap();
        QCOMPARE(after, before);
    }

    // The deal form's pages: the stage history and the document chain as the area answers
    // them, with their columns' titles translated as every title.
    void dealFormShowsTheAreasAnswersAsPanels()
    {
        const QCborMap layout = m_admin->call(QStringLiteral("meta.form"), params(QStringLiteral("deals"))).result.toMap()
                                    .value(QStringLiteral("layout")).toMap();
        QStringList methods;
        for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray())
            for (const QCborValue &g : p.toMap().value(QStringLiteral("groups")).toArray())
                if (g.toMap().contains(QStringLiteral("panel"))) {
                    const QCborMap panel = g.toMap().value(QStringLiteral("panel")).toMap();
                    methods << panel.value(QStringLiteral("method")).toString();
                    QVERIFY(!panel.value(QStringLiteral("columns")).toArray().isEmpty());
                }
        QCOMPARE(methods, (QStringList{QStringLiteral("crm.dealStages"), QStringLiteral("crm.dealChain")}));
    }

    // A layout's panel that names no parameter, a method the server lacks or one that writes,
    // or a column of an unknown type: the server refuses to start, naming the method.
    void refusesABadPanelAtStart_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QString>("expected");
        const QString columns = QStringLiteral(R"("columns": [{"key": "title", "title": "Stage"}])");
        QTest::newRow("no param") << QStringLiteral(R"({"method": "crm.dealStages", "rows": "rows", %1})").arg(columns)
                                  << QStringLiteral("panel crm.dealStages names no \"param\"");
        QTest::newRow("no rows") << QStringLiteral(R"({"method": "crm.dealStages", "param": "deal", %1})").arg(columns)
                                 << QStringLiteral("\"rows\" must name");
        QTest::newRow("bad type")
            << QStringLiteral(R"({"method": "crm.dealStages", "param": "deal", "rows": "rows", "columns": [{"key": "a", "title": "A", "type": "colour"}]})")
            << QStringLiteral("with the type one of");
        QTest::newRow("unknown kind")
            << QStringLiteral(R"({"method": "crm.dealChain", "param": "deal", "rows": "orders", "kinds": ["nothing"], %1})").arg(columns)
            << QStringLiteral("kind \"nothing\" is not declared");
        QTest::newRow("unknown method")
            << QStringLiteral(R"({"method": "crm.dealNothing", "param": "deal", "rows": "rows", %1})").arg(columns)
            << QStringLiteral("calls \"crm.dealNothing\", which is no read method of the server");
        QTest::newRow("write method")
            << QStringLiteral(R"({"method": "document.create", "param": "deal", "rows": "rows", %1})").arg(columns)
            << QStringLiteral("calls \"document.create\", which is no read method of the server");
    }

    void refusesABadPanelAtStart()
    {
        QFETCH(QString, panel);
        QFETCH(QString, expected);
        QTemporaryDir forms;
        QFile file(QDir(forms.path()).filePath(QStringLiteral("deals.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"form": "deals", "pages": [{"title": "Progress", "groups": [{"panel": %1}]}]})")
                       .arg(panel).toUtf8());
        file.close();
        // A database of its own: the running server holds its embedded one.
        QString output;
        if (!m_bareReady) {
            QCOMPARE(m_bare.runToCompletion({QStringLiteral("--init"), QStringLiteral("--admin-password"),
                                             ServerProcess::adminPassword()},
                                            &output),
                     0);
            m_bareReady = true;
        }
        QCOMPARE(m_bare.runToCompletion({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--forms"),
                                         forms.path()},
                                        &output),
                 1);
        QVERIFY2(output.contains(expected), qPrintable(output));
    }

    void removesSettingsWhenEmpty()
    {
        QVERIFY(save(*m_admin, QStringLiteral("role"), QStringLiteral("clerk"), {}).ok);
        QVERIFY(save(*m_clerk, QStringLiteral("user"), QStringLiteral("clerk"), {}).ok);
        QCOMPARE(fieldsOf(layoutFor(*m_clerk)), fieldsOf(layoutFor(*m_admin)));
    }
};

QTEST_GUILESS_MAIN(TestForms)
#include "tst_forms.moc"
