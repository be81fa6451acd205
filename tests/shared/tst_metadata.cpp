#include "metadata/fieldvalue.h"
#include "metadata/model.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace erp::meta;

namespace {

QString writeModel(QTemporaryDir &dir, const QList<std::pair<QString, QByteArray>> &files)
{
    for (const auto &[name, content] : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
    }
    return dir.path();
}

const QByteArray units = R"({"catalog": "units", "code": {"length": 5, "auto": false}})";

} // namespace

class TestMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheApplicationModel()
    {
        QString error;
        const auto model = Model::load(qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/resources/metadata"), &error);
        QVERIFY2(model, qPrintable(error));
        for (const char *name : {"organizations", "partners", "counterparties", "contact_persons", "products",
                                 "product_groups", "units", "warehouses", "currencies", "users"})
            QVERIFY2(model->kind(QString::fromLatin1(name)), name);
        const ObjectKind *partners = model->kind(QStringLiteral("partners"));
        QVERIFY(partners->hierarchical);
        QCOMPARE(partners->table, QStringLiteral("CAT_PARTNERS"));
        QCOMPARE(partners->field(QStringLiteral("credit_limit"))->type, FieldType::Money);
        QCOMPARE(partners->field(QStringLiteral("credit_limit"))->scale, 4);
        QCOMPARE(partners->field(QStringLiteral("manager"))->target, QStringLiteral("users"));
        const ObjectKind *counterparties = model->kind(QStringLiteral("counterparties"));
        QVERIFY(counterparties->section(QStringLiteral("accounts")));
        QVERIFY(counterparties->field(QStringLiteral("partner"))->required);
        QVERIFY(model->kind(QStringLiteral("users"))->field(QStringLiteral("password_hash"))->internal);
        // VAT rates are a catalog with dated percentages; a product's rate defaults to the standard one by code.
        QVERIFY(model->kind(QStringLiteral("vat_rates"))->section(QStringLiteral("percentages")));
        const erp::meta::Field *rate = model->kind(QStringLiteral("products"))->field(QStringLiteral("vat_rate"));
        QCOMPARE(rate->type, FieldType::Ref);
        QCOMPARE(rate->target, QStringLiteral("vat_rates"));
        QCOMPARE(rate->defaultValue.toString(), QStringLiteral("standard"));
        QCOMPARE(model->kind(QStringLiteral("sales_orders"))->section(QStringLiteral("lines"))->requiredOneOf,
                 (QStringList{QStringLiteral("product"), QStringLiteral("description")}));
    }

    void optionsLeaveOutWhatDeclaresThem()
    {
        QTemporaryDir dir;
        const QString path = writeModel(
            dir, {{QStringLiteral("options.json"), R"({"options": [{"name": "events", "title": "Events"},
                                                      {"name": "many", "default": false}]})"},
                  {QStringLiteral("events.json"), R"({"catalog": "events", "option": "events"})"},
                  {QStringLiteral("owners.json"), R"({"catalog": "owners"})"},
                  {QStringLiteral("shops.json"), R"({"catalog": "shops", "hiddenBy": "many", "fields": [
                      {"name": "owner", "type": "ref", "catalog": "owners", "required": true}]})"},
                  {QStringLiteral("deals.json"), R"({"catalog": "deals", "fields": [
                      {"name": "event", "type": "ref", "catalog": "events"},
                      {"name": "shop", "type": "ref", "catalog": "shops"},
                      {"name": "budget", "type": "money", "option": "events"},
                      {"name": "note", "type": "text"}]})"}});
        QString error;
        const auto model = Model::load(path, &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->options().size(), 2);
        QVERIFY(model->option(QStringLiteral("events"))->enabled);
        QVERIFY(!model->option(QStringLiteral("many"))->enabled);
        const Model off = model->withOptionsOff({QStringLiteral("events"), QStringLiteral("many")});
        QVERIFY(!off.kind(QStringLiteral("events")));
        QVERIFY(off.kind(QStringLiteral("shops"))); // hidden, still served
        const ObjectKind *deals = off.kind(QStringLiteral("deals"));
        QVERIFY(!deals->field(QStringLiteral("event")));
        QVERIFY(!deals->field(QStringLiteral("budget")));
        QVERIFY(deals->field(QStringLiteral("shop")));
        QVERIFY(deals->field(QStringLiteral("note")));
        QVERIFY(model->kind(QStringLiteral("deals"))->field(QStringLiteral("event"))); // the declared model is untouched
        QFile bad(dir.filePath(QStringLiteral("events.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write(R"({"catalog": "events", "option": "evnts"})");
        bad.close();
        QVERIFY(!Model::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("evnts")), qPrintable(error));
    }

    void rejectsBadDeclarations_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("upper-case name") << QByteArray(R"({"catalog": "Partners"})") << "lowercase identifier";
        QTest::newRow("reserved field")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "code", "type": "string", "length": 5}]})") << "reserved";
        QTest::newRow("unknown type")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "float"}]})") << "unknown type \"float\"";
        QTest::newRow("string without length")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "string"}]})") << "string length";
        QTest::newRow("decimal too wide")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "decimal", "precision": 19}]})") << "precision";
        QTest::newRow("duplicate field")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "integer"}, {"name": "x", "type": "text"}]})")
            << "declared twice";
        QTest::newRow("reference to nothing")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "ref", "catalog": "nope"}]})")
            << "unknown catalog \"nope\"";
        QTest::newRow("table name too long")
            << QByteArray(R"({"catalog": "a_very_long_catalog_name_for_firebird"})") << "31 bytes";
        QTest::newRow("section table too long")
            << QByteArray(R"({"catalog": "counterparties", "sections": [{"name": "bank_accounts"}]})") << "31 bytes";
        QTest::newRow("broken json") << QByteArray(R"({"catalog": )") << "JSON error at byte";
        QTest::newRow("min of a string")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "string", "length": 5, "min": 0}]})") << "min must be a number";
        QTest::newRow("min finer than the scale")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "money", "min": "0.00001"}]})") << "min must be a number";
        QTest::newRow("fractional min of an integer")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "integer", "min": 0.5}]})") << "min must be a number";
        QTest::newRow("reference default that is no code")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "u", "type": "ref", "catalog": "units", "default": 5}]})")
            << "code of a catalog object";
        QTest::newRow("requiredOneOf naming no field")
            << QByteArray(R"({"catalog": "a", "sections": [{"name": "s", "requiredOneOf": ["y"], "fields": [{"name": "x", "type": "integer"}]}]})")
            << "requiredOneOf names";
        QTest::newRow("minExclusive without min")
            << QByteArray(R"({"catalog": "a", "fields": [{"name": "x", "type": "integer", "minExclusive": true}]})") << "needs a min";
    }
    void rejectsBadDeclarations()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeModel(dir, {{QStringLiteral("units.json"), units}, {QStringLiteral("x.json"), json}});
        QString error;
        QVERIFY(!Model::load(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("x.json")) || expected.contains(QLatin1String("unknown catalog")) ||
                     expected.contains(QLatin1String("code of a catalog object")),
                 qPrintable(error));
    }

    // A register may let named document kinds take a nonNegative resource below zero; a name
    // that is no document kind is refused.
    void belowZeroByNamesDocumentKinds_data()
    {
        QTest::addColumn<QByteArray>("belowZeroBy");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a document kind") << QByteArray(R"(["notes"])") << true;
        QTest::newRow("a catalog") << QByteArray(R"(["units"])") << false;
        QTest::newRow("nothing declared") << QByteArray(R"(["nope"])") << false;
    }
    void belowZeroByNamesDocumentKinds()
    {
        QFETCH(QByteArray, belowZeroBy);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        const QByteArray reg = R"({"register": "owed", "type": "balance", "dimensions": [],
            "resources": [{"name": "amount", "type": "money"}], "nonNegative": ["amount"], "belowZeroBy": )" +
                               belowZeroBy + "}";
        QFile workflow(qEnvironmentVariable("ERP_SOURCE_DIR") + QStringLiteral("/resources/metadata/workflows/document.json"));
        QVERIFY(workflow.open(QIODevice::ReadOnly));
        const QString path = writeModel(dir, {{QStringLiteral("units.json"), units},
                                              {QStringLiteral("document.json"), workflow.readAll()},
                                              {QStringLiteral("notes.json"), QByteArray(R"({"document": "notes"})")},
                                              {QStringLiteral("owed.json"), reg}});
        QString error;
        const std::optional<Model> model = Model::load(path, &error);
        QCOMPARE(bool(model), valid);
        if (valid)
            QCOMPARE(model->findRegister(QStringLiteral("owed"))->belowZeroBy, QStringList{QStringLiteral("notes")});
        else
            QVERIFY2(error.contains(QLatin1String("belowZeroBy")) && error.contains(QLatin1String("owed")),
                     qPrintable(error));
    }

    void normalizesValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QCborValue>("in");
        QTest::addColumn<QCborValue>("expected");
        QTest::newRow("money from string") << "money" << QCborValue(QStringLiteral("12.5")) << QCborValue(QStringLiteral("12.5000"));
        QTest::newRow("money from integer") << "money" << QCborValue(7) << QCborValue(QStringLiteral("7.0000"));
        QTest::newRow("money from json number") << "money" << QCborValue(0.1) << QCborValue(QStringLiteral("0.1000"));
        QTest::newRow("money extreme") << "money" << QCborValue(QStringLiteral("-99999999999999.9999"))
                                       << QCborValue(QStringLiteral("-99999999999999.9999"));
        QTest::newRow("date") << "date" << QCborValue(QStringLiteral("2026-02-28")) << QCborValue(QStringLiteral("2026-02-28"));
        QTest::newRow("datetime to utc") << "datetime" << QCborValue(QStringLiteral("2026-03-01T10:00:00+01:00"))
                                         << QCborValue(QStringLiteral("2026-03-01T09:00:00.000Z"));
        QTest::newRow("null stays null") << "integer" << QCborValue(QCborValue::Null) << QCborValue(QCborValue::Null);
        QTest::newRow("integral double") << "integer" << QCborValue(12.0) << QCborValue(12);
    }
    void normalizesValues()
    {
        QFETCH(QString, type);
        QFETCH(QCborValue, in);
        QFETCH(QCborValue, expected);
        Field f;
        f.name = QStringLiteral("x");
        QVERIFY(fieldTypeFromName(type, &f.type));
        f.precision = 18;
        f.scale = 4;
        QCborValue out;
        QString error;
        QVERIFY2(normalizeValue(f, nullptr, in, &out, &error), qPrintable(error));
        QCOMPARE(out, expected);
    }

    void explainsBadValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QCborValue>("in");
        QTest::addColumn<QString>("expected");
        QTest::newRow("money overflow") << "money" << QCborValue(QStringLiteral("100000000000000")) << "does not fit 18 digits";
        QTest::newRow("money too many decimals") << "money" << QCborValue(QStringLiteral("1.23456")) << "does not fit";
        QTest::newRow("money not a number") << "money" << QCborValue(QStringLiteral("12,50")) << "is not a decimal number";
        QTest::newRow("money huge json number") << "money" << QCborValue(1e300) << "out of range";
        QTest::newRow("string too long") << "string" << QCborValue(QStringLiteral("abcdef")) << "6 characters long; at most 5";
        QTest::newRow("string given a number") << "string" << QCborValue(5) << "must be a string";
        QTest::newRow("bad date") << "date" << QCborValue(QStringLiteral("2026-02-30")) << "YYYY-MM-DD";
        QTest::newRow("boolean as string") << "boolean" << QCborValue(QStringLiteral("yes")) << "true or false";
        QTest::newRow("fractional integer") << "integer" << QCborValue(1.5) << "whole number";
        QTest::newRow("reference as string") << "ref" << QCborValue(QStringLiteral("12")) << "positive integer";
        QTest::newRow("reference zero") << "ref" << QCborValue(0) << "positive integer";
    }
    void explainsBadValues()
    {
        QFETCH(QString, type);
        QFETCH(QCborValue, in);
        QFETCH(QString, expected);
        Field f;
        f.name = QStringLiteral("x");
        QVERIFY(fieldTypeFromName(type, &f.type));
        f.length = 5;
        f.precision = 18;
        f.scale = 4;
        f.target = QStringLiteral("partners");
        QCborValue out;
        QString error;
        QVERIFY(!normalizeValue(f, nullptr, in, &out, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // Lengths are counted in characters as a person counts them (code points), not UTF-16 units.
    void countsCharactersNotUtf16Units()
    {
        const QString clef = QStringLiteral("𝄞");
        QCOMPARE(clef.size(), 2);
        QCOMPARE(characterCount(clef), 1);
        QCOMPARE(characterCount(QStringLiteral("a𝄞b")), 3);
        QCOMPARE(characterCount(QStringLiteral("Žluťoučký")), 9);
        QCOMPARE(characterCount(QString(QChar(0xd834))), 1); // a lone surrogate is one (broken) character
        Field f;
        f.type = FieldType::String;
        f.length = 1;
        QCborValue out;
        QString error;
        QVERIFY2(normalizeValue(f, nullptr, clef, &out, &error), qPrintable(error));
        QCOMPARE(out.toString(), clef);
        QVERIFY(!normalizeValue(f, nullptr, clef + clef, &out, &error));
        QVERIFY2(error.contains(QLatin1String("is 2 characters long; at most 1")), qPrintable(error));
    }

    // Whole numbers beyond 64 bits (as doubles or bignums) are refused, never wrapped or zeroed.
    void refusesIntegersBeyond64Bits_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QCborValue>("in");
        QTest::addColumn<QString>("expected");
        const QCborValue twoTo64(18446744073709551616.0);
        const QCborValue bignum(QCborKnownTags::PositiveBignum, QByteArray::fromHex("010000000000000000"));
        const QCborValue negativeBignum(QCborKnownTags::NegativeBignum, QByteArray::fromHex("010000000000000000"));
        QTest::newRow("2^64 as a double") << "integer" << twoTo64 << "64-bit";
        QTest::newRow("-2^64 as a double") << "integer" << QCborValue(-18446744073709551616.0) << "64-bit";
        QTest::newRow("2^63 as a double") << "integer" << QCborValue(9223372036854775808.0) << "64-bit";
        QTest::newRow("2^64 as a bignum") << "integer" << bignum << "64-bit";
        QTest::newRow("-2^64-1 as a bignum") << "integer" << negativeBignum << "64-bit";
        QTest::newRow("2^53 + 2 as a double") << "integer" << QCborValue(9007199254740994.0) << "exact";
        QTest::newRow("reference 2^64") << "ref" << twoTo64 << "64-bit";
        QTest::newRow("reference bignum") << "ref" << bignum << "64-bit";
        QTest::newRow("infinity") << "integer" << QCborValue(qInf()) << "whole number";
    }
    void refusesIntegersBeyond64Bits()
    {
        QFETCH(QString, type);
        QFETCH(QCborValue, in);
        QFETCH(QString, expected);
        Field f;
        f.name = QStringLiteral("x");
        QVERIFY(fieldTypeFromName(type, &f.type));
        f.target = QStringLiteral("partners");
        QCborValue out;
        QString error;
        QVERIFY(!normalizeValue(f, nullptr, in, &out, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void acceptsEveryInteger64BitsHold()
    {
        Field f;
        f.type = FieldType::Integer;
        QCborValue out;
        QString error;
        for (const qint64 n : {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), qint64(0)}) {
            QVERIFY2(normalizeValue(f, nullptr, QCborValue(n), &out, &error), qPrintable(error));
            QCOMPARE(out.toInteger(), n);
        }
        // A bignum that holds a small number is that number.
        QVERIFY(normalizeValue(f, nullptr, QCborValue(QCborKnownTags::PositiveBignum, QByteArray::fromHex("05")), &out, &error));
        QCOMPARE(out.toInteger(), 5);
        QVERIFY(normalizeValue(f, nullptr, QCborValue(QCborKnownTags::NegativeBignum, QByteArray::fromHex("7fffffffffffffff")), &out, &error));
        QCOMPARE(out.toInteger(), std::numeric_limits<qint64>::min());
        QVERIFY(normalizeValue(f, nullptr, QCborValue(9007199254740992.0), &out, &error));
        QCOMPARE(out.toInteger(), qint64(9007199254740992));
    }

    void checksLowerBounds()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir, {{QStringLiteral("units.json"), units},
                                              {QStringLiteral("x.json"), QByteArray(R"({"catalog": "x", "fields": [
                                                  {"name": "amount", "type": "money", "min": 0},
                                                  {"name": "rate", "type": "decimal", "precision": 9, "scale": 3, "min": "0", "minExclusive": true},
                                                  {"name": "floor", "type": "integer", "min": -2}]})")}});
        QString error;
        const auto model = Model::load(path, &error);
        QVERIFY2(model, qPrintable(error));
        const ObjectKind *x = model->kind(QStringLiteral("x"));
        auto accepts = [&](const char *field, const QCborValue &in) {
            QCborValue out;
            return normalizeValue(*x->field(QString::fromLatin1(field)), nullptr, in, &out, &error);
        };
        QVERIFY(accepts("amount", QStringLiteral("0")));
        QVERIFY(accepts("amount", QStringLiteral("0.0001")));
        QVERIFY(!accepts("amount", QStringLiteral("-0.0001")));
        QCOMPARE(error, QStringLiteral("must be at least 0"));
        QVERIFY(!accepts("rate", QStringLiteral("0.000")));
        QCOMPARE(error, QStringLiteral("must be greater than 0"));
        QVERIFY(accepts("rate", QStringLiteral("0.001")));
        QVERIFY(accepts("floor", -2));
        QVERIFY(accepts("floor", -1.0));
        QVERIFY(!accepts("floor", -3));
        QCOMPARE(error, QStringLiteral("must be at least -2"));
        QVERIFY(accepts("amount", QCborValue(QCborValue::Null))); // no value is not a value below the bound
    }

    void checksEnumMembers()
    {
        Enumeration e{QStringLiteral("vat"), QStringLiteral("VAT"), {{QStringLiteral("standard"), {}}, {QStringLiteral("zero"), {}}}};
        Field f;
        f.type = FieldType::Enum;
        QCborValue out;
        QString error;
        QVERIFY(normalizeValue(f, &e, QStringLiteral("zero"), &out, &error));
        QVERIFY(!normalizeValue(f, &e, QStringLiteral("half"), &out, &error));
        QVERIFY2(error.contains(QLatin1String("standard, zero")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
