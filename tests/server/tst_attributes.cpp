// Additional attributes through the real server: an administrator adds typed fields to
// partners (and deals) at run time; they are described, laid out, read, listed, filtered,
// sorted and validated like declared fields, on every connection at once, after a restart
// too, and the option additional_attributes switches them all off and on again.
#include "catalogclient.h"
#include "serverprocess.h"

#include <QCborArray>
#include <QTest>

using erp::client::Reply;
using erp::protocol::ErrorCode;
using namespace erp::test;

namespace {

QCborMap describedField(const Reply &r, const QString &name)
{
    for (const QCborValue &f : r.result.toMap().value(QStringLiteral("fields")).toArray())
        if (f.toMap().value(QStringLiteral("name")).toString() == name)
            return f.toMap();
    return {};
}

QCborArray items(std::initializer_list<QString> names)
{
    QCborArray out;
    for (const QString &n : names)
        out.append(map({{QStringLiteral("name"), n}, {QStringLiteral("title"), n.toUpper()}}));
    return out;
}

} // namespace

class TestAttributes : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<erp::client::Connection> m_admin;
    std::unique_ptr<erp::client::Connection> m_other; // a second connection, never restarted
    qint64 m_warehouse = 0, m_vip = 0, m_partnerA = 0, m_partnerB = 0;

    Reply addAttribute(const QCborMap &values, const QCborArray &enumItems = {})
    {
        QCborMap p = params(QStringLiteral("additional_attributes"), {{QStringLiteral("values"), values}});
        if (!enumItems.isEmpty())
            p.insert(QStringLiteral("sections"), map({{QStringLiteral("items"), enumItems}}));
        return m_admin->call(QStringLiteral("catalog.create"), p);
    }

    Reply createPartner(erp::client::Connection &c, const QCborMap &values)
    {
        return c.call(QStringLiteral("catalog.create"), params(QStringLiteral("partners"), {{QStringLiteral("values"), values}}));
    }

    QCborMap readPartner(erp::client::Connection &c, qint64 id)
    {
        return c.call(QStringLiteral("catalog.read"), params(QStringLiteral("partners"), {{QStringLiteral("id"), id}}))
            .result.toMap();
    }

    QStringList listNames(const QCborMap &p)
    {
        const Reply r = m_admin->call(QStringLiteral("catalog.list"), p);
        if (!r.ok)
            qWarning() << r.error.message;
        QStringList out;
        for (const QCborValue &row : r.result.toMap().value(QStringLiteral("rows")).toArray())
            out << row.toMap().value(QStringLiteral("name")).toString();
        return out;
    }

    void expectRefused(const Reply &r, const QString &field)
    {
        QVERIFY2(!r.ok, qPrintable(field));
        QCOMPARE(r.error.code, ErrorCode::Validation);
        QCOMPARE(r.error.field, field);
        QVERIFY2(r.error.message.startsWith(field.section(u'[', 0, 0)), qPrintable(r.error.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_admin = m_server.connect();
        m_other = m_server.connect();
        QVERIFY(m_admin && m_other);
        m_warehouse = createCatalog(*m_admin, QStringLiteral("information_sources"), map({{QStringLiteral("name"), QStringLiteral("Veletrh Brno")}}));
        QVERIFY(m_warehouse);
        // The second connection has described partners before any attribute existed.
        QVERIFY(describedField(m_other->call(QStringLiteral("meta.describe"), params(QStringLiteral("partners"))),
                               QStringLiteral("vip_level")).isEmpty());
    }

    void refusesBadAttributesNamingTheField()
    {
        auto def = [](const QString &name, const QString &type) {
            return map({{QStringLiteral("kind"), QStringLiteral("partners")}, {QStringLiteral("name"), name},
                        {QStringLiteral("title"), name}, {QStringLiteral("value_type"), type}});
        };
        QCborMap v = def(QStringLiteral("VIP"), QStringLiteral("boolean"));
        expectRefused(addAttribute(v), QStringLiteral("name"));
        expectRefused(addAttribute(def(QStringLiteral("ico"), QStringLiteral("boolean"))), QStringLiteral("name"));
        expectRefused(addAttribute(def(QStringLiteral("code"), QStringLiteral("boolean"))), QStringLiteral("name"));
        v = def(QStringLiteral("flag"), QStringLiteral("boolean"));
        v.insert(QStringLiteral("kind"), QStringLiteral("sales_orders"));
        expectRefused(addAttribute(v), QStringLiteral("kind"));
        v.insert(QStringLiteral("kind"), QStringLiteral("nothing"));
        expectRefused(addAttribute(v), QStringLiteral("kind"));
        expectRefused(addAttribute(def(QStringLiteral("label"), QStringLiteral("string"))), QStringLiteral("length"));
        expectRefused(addAttribute(def(QStringLiteral("tier"), QStringLiteral("enum"))), QStringLiteral("items"));
        expectRefused(addAttribute(def(QStringLiteral("tier"), QStringLiteral("enum")), items({QStringLiteral("Gold")})),
                      QStringLiteral("items[1].name"));
        v = def(QStringLiteral("depot"), QStringLiteral("reference"));
        v.insert(QStringLiteral("target"), QStringLiteral("sales_orders"));
        expectRefused(addAttribute(v), QStringLiteral("target"));
        v = def(QStringLiteral("goal"), QStringLiteral("number"));
        v.insert(QStringLiteral("precision"), 19);
        expectRefused(addAttribute(v), QStringLiteral("precision"));
        expectRefused(addAttribute(def(QStringLiteral("x"), QStringLiteral("colour"))), QStringLiteral("value_type"));
        // Only an administrator writes attributes; a refused one left nothing behind.
        const Reply list = m_admin->call(QStringLiteral("catalog.list"), params(QStringLiteral("additional_attributes")));
        QVERIFY(list.ok);
        QCOMPARE(list.result.toMap().value(QStringLiteral("rows")).toArray().size(), 0);
    }

    void addsAnAttributeOfEachType()
    {
        auto def = [](const QString &name, const QString &type) {
            return map({{QStringLiteral("kind"), QStringLiteral("partners")}, {QStringLiteral("name"), name},
                        {QStringLiteral("title"), QStringLiteral("Title of ") + name}, {QStringLiteral("value_type"), type}});
        };
        QCborMap v = def(QStringLiteral("vip_level"), QStringLiteral("string"));
        v.insert(QStringLiteral("length"), 10);
        Reply r = addAttribute(v);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_vip = r.result.toMap().value(QStringLiteral("id")).toInteger();
        v = def(QStringLiteral("turnover_goal"), QStringLiteral("number"));
        v.insert(QStringLiteral("precision"), 12);
        v.insert(QStringLiteral("scale"), 2);
        QVERIFY(addAttribute(v).ok);
        QVERIFY(addAttribute(def(QStringLiteral("first_contact"), QStringLiteral("date"))).ok);
        QVERIFY(addAttribute(def(QStringLiteral("newsletter"), QStringLiteral("boolean"))).ok);
        QVERIFY(addAttribute(def(QStringLiteral("tier"), QStringLiteral("enum")),
                             items({QStringLiteral("gold"), QStringLiteral("silver")})).ok);
        v = def(QStringLiteral("depot"), QStringLiteral("reference"));
        v.insert(QStringLiteral("target"), QStringLiteral("information_sources"));
        QVERIFY(addAttribute(v).ok);
        // The same name twice on one kind is refused.
        v = def(QStringLiteral("vip_level"), QStringLiteral("boolean"));
        expectRefused(addAttribute(v), QStringLiteral("name"));

        const Reply described = m_admin->call(QStringLiteral("meta.describe"), params(QStringLiteral("partners")));
        const QCborMap vip = describedField(described, QStringLiteral("vip_level"));
        QCOMPARE(vip.value(QStringLiteral("type")).toString(), QStringLiteral("string"));
        QCOMPARE(vip.value(QStringLiteral("length")).toInteger(), 10);
        QVERIFY(vip.value(QStringLiteral("additional")).toBool());
        QCOMPARE(vip.value(QStringLiteral("title")).toString(), QStringLiteral("Title of vip_level"));
        const QCborMap goal = describedField(described, QStringLiteral("turnover_goal"));
        QCOMPARE(goal.value(QStringLiteral("type")).toString(), QStringLiteral("decimal"));
        QCOMPARE(goal.value(QStringLiteral("scale")).toInteger(), 2);
        QCOMPARE(describedField(described, QStringLiteral("first_contact")).value(QStringLiteral("type")).toString(), QStringLiteral("date"));
        QCOMPARE(describedField(described, QStringLiteral("newsletter")).value(QStringLiteral("type")).toString(), QStringLiteral("boolean"));
        const QCborMap tier = describedField(described, QStringLiteral("tier"));
        QCOMPARE(tier.value(QStringLiteral("type")).toString(), QStringLiteral("enum"));
        QCOMPARE(describedField(described, QStringLiteral("depot")).value(QStringLiteral("catalog")).toString(), QStringLiteral("information_sources"));
        QVERIFY(describedField(described, QStringLiteral("ico")).value(QStringLiteral("additional")).isUndefined());
        // Its values are listed with the enumerations.
        bool found = false;
        for (const QCborValue &e : m_admin->call(QStringLiteral("meta.enums")).result.toArray())
            if (e.toMap().value(QStringLiteral("name")) == tier.value(QStringLiteral("enum")))
                found = e.toMap().value(QStringLiteral("values")).toArray().size() == 2;
        QVERIFY(found);
    }

    void aSecondConnectionSeesThemWithoutARestart()
    {
        const Reply described = m_other->call(QStringLiteral("meta.describe"), params(QStringLiteral("partners")));
        QVERIFY(describedField(described, QStringLiteral("vip_level")).value(QStringLiteral("additional")).toBool());
        const Reply r = createPartner(*m_other, map({{QStringLiteral("name"), QStringLiteral("Beta a.s.")},
                                                     {QStringLiteral("vip_level"), QStringLiteral("B")},
                                                     {QStringLiteral("turnover_goal"), QStringLiteral("500")}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_partnerB = r.result.toMap().value(QStringLiteral("id")).toInteger();
    }

    void theFormHasAnAdditionalGroup()
    {
        const QCborMap layout = m_admin->call(QStringLiteral("meta.form"), params(QStringLiteral("partners")))
                                    .result.toMap().value(QStringLiteral("layout")).toMap();
        QStringList additional;
        int groupsWithVip = 0;
        for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray())
            for (const QCborValue &g : p.toMap().value(QStringLiteral("groups")).toArray()) {
                QStringList fields;
                for (const QCborValue &f : g.toMap().value(QStringLiteral("fields")).toArray())
                    fields << f.toMap().value(QStringLiteral("field")).toString();
                groupsWithVip += fields.contains(QStringLiteral("vip_level"));
                if (g.toMap().value(QStringLiteral("additional")).toBool())
                    additional = fields;
            }
        QCOMPARE(additional, (QStringList{QStringLiteral("vip_level"), QStringLiteral("turnover_goal"),
                                          QStringLiteral("first_contact"), QStringLiteral("newsletter"),
                                          QStringLiteral("tier"), QStringLiteral("depot")}));
        QCOMPARE(groupsWithVip, 1);
    }

    void readsAndWritesValuesLikeDeclaredFields()
    {
        const Reply r = createPartner(*m_admin, map({{QStringLiteral("name"), QStringLiteral("Alfa s.r.o.")},
                                                     {QStringLiteral("vip_level"), QStringLiteral("A")},
                                                     {QStringLiteral("turnover_goal"), QStringLiteral("1234.5")},
                                                     {QStringLiteral("first_contact"), QStringLiteral("2025-03-14")},
                                                     {QStringLiteral("newsletter"), true},
                                                     {QStringLiteral("tier"), QStringLiteral("gold")},
                                                     {QStringLiteral("depot"), m_warehouse}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        m_partnerA = r.result.toMap().value(QStringLiteral("id")).toInteger();
        const QCborMap a = readPartner(*m_other, m_partnerA);
        QCOMPARE(a.value(QStringLiteral("vip_level")).toString(), QStringLiteral("A"));
        QCOMPARE(a.value(QStringLiteral("turnover_goal")).toString(), QStringLiteral("1234.50"));
        QCOMPARE(a.value(QStringLiteral("first_contact")).toString(), QStringLiteral("2025-03-14"));
        QCOMPARE(a.value(QStringLiteral("newsletter")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("tier")).toString(), QStringLiteral("gold"));
        QCOMPARE(a.value(QStringLiteral("depot")).toInteger(), m_warehouse);
        QCOMPARE(a.value(QStringLiteral("display")).toMap().value(QStringLiteral("depot")).toString(), QStringLiteral("Veletrh Brno"));
        // Update changes only what is given.
        const Reply u = m_admin->call(QStringLiteral("catalog.update"),
                                      params(QStringLiteral("partners"),
                                             {{QStringLiteral("id"), m_partnerA},
                                              {QStringLiteral("version"), a.value(QStringLiteral("version"))},
                                              {QStringLiteral("values"), map({{QStringLiteral("tier"), QStringLiteral("silver")}})}}));
        QVERIFY2(u.ok, qPrintable(u.error.message));
        QCOMPARE(readPartner(*m_admin, m_partnerA).value(QStringLiteral("tier")).toString(), QStringLiteral("silver"));
        QCOMPARE(readPartner(*m_admin, m_partnerA).value(QStringLiteral("vip_level")).toString(), QStringLiteral("A"));
    }

    void listsFilterAndSortByThem()
    {
        QCborMap p = params(QStringLiteral("partners"));
        p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("vip_level")},
                                                            {QStringLiteral("value"), QStringLiteral("a")}})});
        QCOMPARE(listNames(p), QStringList{QStringLiteral("Alfa s.r.o.")});
        p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("turnover_goal")},
                                                            {QStringLiteral("op"), QStringLiteral(">")},
                                                            {QStringLiteral("value"), QStringLiteral("600")}})});
        QCOMPARE(listNames(p), QStringList{QStringLiteral("Alfa s.r.o.")});
        p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("turnover_goal")},
                                                            {QStringLiteral("op"), QStringLiteral("notNull")}})});
        p.insert(QStringLiteral("sort"), QStringLiteral("turnover_goal"));
        QCOMPARE(listNames(p), (QStringList{QStringLiteral("Beta a.s."), QStringLiteral("Alfa s.r.o.")}));
        p.insert(QStringLiteral("descending"), true);
        QCOMPARE(listNames(p), (QStringList{QStringLiteral("Alfa s.r.o."), QStringLiteral("Beta a.s.")}));
        // Totals sum a number attribute like any numeric field.
        p.insert(QStringLiteral("totals"), QCborArray{QStringLiteral("turnover_goal")});
        const QCborMap totals = m_admin->call(QStringLiteral("catalog.list"), p).result.toMap();
        QCOMPARE(totals.value(QStringLiteral("totals")).toMap().value(QStringLiteral("turnover_goal")).toString(),
                 QStringLiteral("1734.50"));
        // A filter value of the wrong type is named.
        p.remove(QStringLiteral("totals"));
        p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("vip_level")},
                                                            {QStringLiteral("value"), QStringLiteral("too long value")}})});
        const Reply bad = m_admin->call(QStringLiteral("catalog.list"), p);
        QCOMPARE(bad.error.code, ErrorCode::Validation);
        QCOMPARE(bad.error.field, QStringLiteral("filters[1].value"));
    }

    void validatesValuesNamingTheField()
    {
        auto named = [](const QString &field, const QCborValue &value) {
            return map({{QStringLiteral("name"), QStringLiteral("Gama")}, {field, value}});
        };
        expectRefused(createPartner(*m_admin, named(QStringLiteral("turnover_goal"), true)), QStringLiteral("turnover_goal"));
        expectRefused(createPartner(*m_admin, named(QStringLiteral("turnover_goal"), QStringLiteral("1.234"))),
                      QStringLiteral("turnover_goal"));
        expectRefused(createPartner(*m_admin, named(QStringLiteral("turnover_goal"), QStringLiteral("99999999999"))),
                      QStringLiteral("turnover_goal"));
        expectRefused(createPartner(*m_admin, named(QStringLiteral("vip_level"), QStringLiteral("ABCDEFGHIJK"))),
                      QStringLiteral("vip_level"));
        expectRefused(createPartner(*m_admin, named(QStringLiteral("vip_level"), 5)), QStringLiteral("vip_level"));
        expectRefused(createPartner(*m_admin, named(QStringLiteral("tier"), QStringLiteral("bronze"))), QStringLiteral("tier"));
        expectRefused(createPartner(*m_admin, named(QStringLiteral("depot"), 999999999)), QStringLiteral("depot"));
        expectRefused(createPartner(*m_admin, named(QStringLiteral("first_contact"), QStringLiteral("2025-02-30"))),
                      QStringLiteral("first_contact"));
        expectRefused(createPartner(*m_admin, named(QStringLiteral("newsletter"), QStringLiteral("yes"))),
                      QStringLiteral("newsletter"));
        QCOMPARE(listNames(params(QStringLiteral("partners"), {{QStringLiteral("filters"),
                     QCborArray{map({{QStringLiteral("field"), QStringLiteral("name")}, {QStringLiteral("value"), QStringLiteral("Gama")}})}}})),
                 QStringList());
    }

    void aRequiredAttributeIsRequired()
    {
        Reply r = addAttribute(map({{QStringLiteral("kind"), QStringLiteral("partners")}, {QStringLiteral("name"), QStringLiteral("region")},
                                    {QStringLiteral("title"), QStringLiteral("Region")}, {QStringLiteral("value_type"), QStringLiteral("string")},
                                    {QStringLiteral("length"), 20}, {QStringLiteral("required"), true}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        const QCborMap attribute = r.result.toMap();
        QVERIFY(describedField(m_admin->call(QStringLiteral("meta.describe"), params(QStringLiteral("partners"))),
                               QStringLiteral("region")).value(QStringLiteral("required")).toBool());
        expectRefused(createPartner(*m_admin, map({{QStringLiteral("name"), QStringLiteral("Delta")}})), QStringLiteral("region"));
        QVERIFY(createPartner(*m_admin, map({{QStringLiteral("name"), QStringLiteral("Delta")}, {QStringLiteral("region"), QStringLiteral("Morava")}})).ok);
        // Its type cannot change once it exists; removing it hides it and keeps its values.
        r = m_admin->call(QStringLiteral("catalog.update"),
                          params(QStringLiteral("additional_attributes"),
                                 {{QStringLiteral("id"), attribute.value(QStringLiteral("id"))},
                                  {QStringLiteral("version"), attribute.value(QStringLiteral("version"))},
                                  {QStringLiteral("values"), map({{QStringLiteral("value_type"), QStringLiteral("date")}})}}));
        expectRefused(r, QStringLiteral("value_type"));
        r = m_admin->call(QStringLiteral("catalog.setDeleted"),
                          params(QStringLiteral("additional_attributes"),
                                 {{QStringLiteral("id"), attribute.value(QStringLiteral("id"))},
                                  {QStringLiteral("version"), attribute.value(QStringLiteral("version"))},
                                  {QStringLiteral("deleted"), true}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(describedField(m_admin->call(QStringLiteral("meta.describe"), params(QStringLiteral("partners"))),
                               QStringLiteral("region")).isEmpty());
        QVERIFY(createPartner(*m_admin, map({{QStringLiteral("name"), QStringLiteral("Epsilon")}})).ok);
        expectRefused(addAttribute(map({{QStringLiteral("kind"), QStringLiteral("partners")}, {QStringLiteral("name"), QStringLiteral("region")},
                                        {QStringLiteral("title"), QStringLiteral("Region")}, {QStringLiteral("value_type"), QStringLiteral("boolean")}})),
                      QStringLiteral("name"));
        r = m_admin->call(QStringLiteral("catalog.setDeleted"),
                          params(QStringLiteral("additional_attributes"),
                                 {{QStringLiteral("id"), attribute.value(QStringLiteral("id"))},
                                  {QStringLiteral("version"), r.result.toMap().value(QStringLiteral("version"))},
                                  {QStringLiteral("deleted"), false}}));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCborMap p = params(QStringLiteral("partners"));
        p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("region")},
                                                            {QStringLiteral("value"), QStringLiteral("morava")}})});
        QCOMPARE(listNames(p), QStringList{QStringLiteral("Delta")});
        r = m_admin->call(QStringLiteral("catalog.setDeleted"),
                          params(QStringLiteral("additional_attributes"),
                                 {{QStringLiteral("id"), attribute.value(QStringLiteral("id"))},
                                  {QStringLiteral("version"), r.result.toMap().value(QStringLiteral("version"))},
                                  {QStringLiteral("deleted"), true}}));
        QVERIFY(r.ok);
    }

    void documentsTakeAttributesToo()
    {
        QVERIFY(addAttribute(map({{QStringLiteral("kind"), QStringLiteral("deals")}, {QStringLiteral("name"), QStringLiteral("urgent")},
                                  {QStringLiteral("title"), QStringLiteral("Urgent")}, {QStringLiteral("value_type"), QStringLiteral("boolean")}})).ok);
        const qint64 type = standardDealType(*m_admin);
        QVERIFY(type);
        QCborMap p = params(QStringLiteral("deals"));
        p.insert(QStringLiteral("values"), map({{QStringLiteral("subject"), QStringLiteral("Spěchá")}, {QStringLiteral("partner"), m_partnerA},
                                                {QStringLiteral("deal_type"), type},
                                                {QStringLiteral("urgent"), true}}));
        Reply r = m_admin->call(QStringLiteral("document.create"), p);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QCOMPARE(r.result.toMap().value(QStringLiteral("urgent")).toBool(), true);
        p.insert(QStringLiteral("values"), map({{QStringLiteral("subject"), QStringLiteral("Nespěchá")}, {QStringLiteral("partner"), m_partnerA},
                                                {QStringLiteral("deal_type"), type},
                                                {QStringLiteral("urgent"), QStringLiteral("no")}}));
        expectRefused(m_admin->call(QStringLiteral("document.create"), p), QStringLiteral("urgent"));
        p = params(QStringLiteral("deals"));
        p.insert(QStringLiteral("filters"), QCborArray{map({{QStringLiteral("field"), QStringLiteral("urgent")}, {QStringLiteral("value"), true}})});
        r = m_admin->call(QStringLiteral("document.list"), p);
        QVERIFY(r.ok);
        QCOMPARE(r.result.toMap().value(QStringLiteral("rows")).toArray().size(), 1);
    }

    void theOptionOffHidesThemAll()
    {
        QVERIFY(m_admin->call(QStringLiteral("options.set"), map({{QStringLiteral("name"), QStringLiteral("additional_attributes")},
                                                                  {QStringLiteral("enabled"), false}})).ok);
        const Reply described = m_other->call(QStringLiteral("meta.describe"), params(QStringLiteral("partners")));
        QVERIFY(describedField(described, QStringLiteral("vip_level")).isEmpty());
        QVERIFY(!describedField(described, QStringLiteral("ico")).isEmpty());
        const QCborMap a = readPartner(*m_other, m_partnerA);
        QVERIFY(!a.contains(QStringLiteral("vip_level")));
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("Alfa s.r.o."));
        expectRefused(createPartner(*m_other, map({{QStringLiteral("name"), QStringLiteral("Zeta")}, {QStringLiteral("vip_level"), QStringLiteral("C")}})),
                      QStringLiteral("vip_level"));
        QCOMPARE(m_admin->call(QStringLiteral("catalog.list"), params(QStringLiteral("additional_attributes"))).error.code,
                 ErrorCode::Disabled);
        QVERIFY(m_admin->call(QStringLiteral("options.set"), map({{QStringLiteral("name"), QStringLiteral("additional_attributes")},
                                                                  {QStringLiteral("enabled"), true}})).ok);
        QCOMPARE(readPartner(*m_other, m_partnerA).value(QStringLiteral("vip_level")).toString(), QStringLiteral("A"));
    }

    void theySurviveARestart()
    {
        m_admin.reset();
        m_other.reset();
        QVERIFY(m_server.restart());
        m_admin = m_server.connect();
        m_other = m_server.connect();
        QVERIFY(m_admin && m_other);
        const QCborMap a = readPartner(*m_admin, m_partnerA);
        QCOMPARE(a.value(QStringLiteral("turnover_goal")).toString(), QStringLiteral("1234.50"));
        QCOMPARE(a.value(QStringLiteral("tier")).toString(), QStringLiteral("silver"));
        QVERIFY(!a.contains(QStringLiteral("region"))); // deleted: hidden, still stored
        QVERIFY(describedField(m_other->call(QStringLiteral("meta.describe"), params(QStringLiteral("partners"))),
                               QStringLiteral("depot")).value(QStringLiteral("additional")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestAttributes)
#include "tst_attributes.moc"
