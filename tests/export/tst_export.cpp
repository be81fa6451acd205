// The export library without a server: XLSX read back by openpyxl (tests/support/xlsxcheck.py)
// has numbers as numbers, dates as dates, Czech text intact and a bold totals row; CSV reads
// back exactly in both languages, quoted as RFC 4180 says; bad input is refused naming it.
#include "csvexport.h"
#include "tabledata.h"
#include "xlsxcheck.h"
#include "xlsxexport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace erp::exporting;
using namespace erp::test;
using namespace Qt::StringLiterals;

namespace {

const QString Czech = u"Žluťoučký kůň úpěl ďábelské ódy"_s;

TableData sampleTable()
{
    TableData t;
    t.columns = {{u"label"_s, u"Skupina"_s, ColumnType::String},
                 {u"quantity"_s, u"Množství"_s, ColumnType::Decimal, 3},
                 {u"revenue"_s, u"Tržby"_s, ColumnType::Money, 2},
                 {u"share"_s, u"Podíl"_s, ColumnType::Percent, 2},
                 {u"day"_s, u"Den"_s, ColumnType::Date},
                 {u"at"_s, u"Okamžik"_s, ColumnType::DateTime},
                 {u"count"_s, u"Počet"_s, ColumnType::Integer},
                 {u"active"_s, u"Aktivní"_s, ColumnType::Boolean},
                 {u"partner"_s, u"Partner"_s, ColumnType::Ref}};
    t.rows = {QCborArray{Czech, u"12.500"_s, u"1234567.50"_s, u"12.50"_s, u"2026-11-05"_s, u"2026-11-05T09:30:00Z"_s,
                         7, true, u"Novák; \"Brno\""_s},
              QCborArray{u"řádek\nse zalomením"_s, u"-0.125"_s, u"-99.99"_s, u"100.00"_s, u"2024-02-29"_s,
                         u"2026-12-31T23:59:59Z"_s, -3, false, QCborValue(QCborValue::Null)},
              QCborArray{QCborValue(QCborValue::Null), QCborValue(QCborValue::Null), u"0.00"_s,
                         QCborValue(QCborValue::Null), QCborValue(QCborValue::Null), QCborValue(QCborValue::Null),
                         QCborValue(QCborValue::Null), QCborValue(QCborValue::Null), u"Alfa, a.s."_s}};
    t.totals = QCborArray{u"Celkem"_s, u"12.375"_s, u"1234467.51"_s, QCborValue(QCborValue::Null),
                          QCborValue(QCborValue::Null), QCborValue(QCborValue::Null), 4,
                          QCborValue(QCborValue::Null), QCborValue(QCborValue::Null)};
    return t;
}

// An RFC 4180 reader, written here independently of the writer.
QList<QStringList> parseCsv(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == separator) {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void xlsxHasRealNumbersDatesAndTotals()
    {
        const QString path = m_dir.filePath(u"sales.xlsx"_s);
        QString error;
        QVERIFY2(writeXlsx(path, sampleTable(), u"Prodeje podle období"_s, {u"Od: 1. 11. 2026"_s, u"Do: 30. 11. 2026"_s},
                           &error),
                 qPrintable(error));
        const QJsonObject x = readXlsx(path);
        QVERIFY(!x.isEmpty());
        QCOMPARE(x.value(u"sheet"_s).toString(), u"Prodeje podle období"_s);
        QCOMPARE(xlsxCell(x, 0, 0).value(u"value"_s).toString(), u"Prodeje podle období"_s);
        QVERIFY(xlsxCell(x, 0, 0).value(u"bold"_s).toBool());
        QCOMPARE(xlsxCell(x, 1, 0).value(u"value"_s).toString(), u"Od: 1. 11. 2026"_s);
        QCOMPARE(xlsxCell(x, 2, 0).value(u"value"_s).toString(), u"Do: 30. 11. 2026"_s);
        // Row 4 (index 3) is blank, 5 the header, frozen below it, with the autofilter over the data.
        const int header = 4;
        QCOMPARE(xlsxCell(x, header, 1).value(u"value"_s).toString(), u"Množství"_s);
        QVERIFY(xlsxCell(x, header, 1).value(u"bold"_s).toBool());
        QCOMPARE(x.value(u"freeze"_s).toString(), u"A6"_s);
        QCOMPARE(x.value(u"autofilter"_s).toString(), u"A5:I8"_s);

        const QJsonObject text = xlsxCell(x, header + 1, 0);
        QCOMPARE(text.value(u"type"_s).toString(), u"s"_s);
        QCOMPARE(text.value(u"value"_s).toString(), Czech);
        QCOMPARE(xlsxCell(x, header + 2, 0).value(u"value"_s).toString(), u"řádek\nse zalomením"_s);
        const QJsonObject quantity = xlsxCell(x, header + 1, 1);
        QCOMPARE(quantity.value(u"type"_s).toString(), u"n"_s);
        QCOMPARE(quantity.value(u"value"_s).toDouble(), 12.5);
        QCOMPARE(quantity.value(u"format"_s).toString(), u"#,##0.000"_s);
        const QJsonObject money = xlsxCell(x, header + 1, 2);
        QCOMPARE(money.value(u"type"_s).toString(), u"n"_s);
        QCOMPARE(money.value(u"value"_s).toDouble(), 1234567.5);
        QCOMPARE(money.value(u"format"_s).toString(), u"#,##0.00"_s);
        QCOMPARE(xlsxCell(x, header + 2, 2).value(u"value"_s).toDouble(), -99.99);
        const QJsonObject share = xlsxCell(x, header + 1, 3);
        QCOMPARE(share.value(u"type"_s).toString(), u"n"_s);
        QCOMPARE(share.value(u"value"_s).toDouble(), 0.125);
        QCOMPARE(share.value(u"format"_s).toString(), u"0.00%"_s);
        QCOMPARE(xlsxCell(x, header + 2, 3).value(u"value"_s).toDouble(), 1.0);
        const QJsonObject day = xlsxCell(x, header + 1, 4);
        QCOMPARE(day.value(u"type"_s).toString(), u"d"_s);
        QVERIFY(day.value(u"date"_s).toBool());
        QCOMPARE(day.value(u"value"_s).toString(), u"2026-11-05T00:00:00"_s);
        QCOMPARE(xlsxCell(x, header + 2, 4).value(u"value"_s).toString(), u"2024-02-29T00:00:00"_s);
        // A moment shows in local time: a spreadsheet has no time zones.
        const QJsonObject at = xlsxCell(x, header + 1, 5);
        QCOMPARE(at.value(u"type"_s).toString(), u"d"_s);
        const QDateTime local = QDateTime(QDate(2026, 11, 5), QTime(9, 30), Qt::UTC).toLocalTime();
        QCOMPARE(at.value(u"value"_s).toString(), local.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
        QCOMPARE(xlsxCell(x, header + 1, 6).value(u"type"_s).toString(), u"n"_s);
        QCOMPARE(xlsxCell(x, header + 2, 6).value(u"value"_s).toInt(), -3);
        QCOMPARE(xlsxCell(x, header + 1, 7).value(u"type"_s).toString(), u"b"_s);
        QCOMPARE(xlsxCell(x, header + 1, 7).value(u"value"_s).toBool(), true);
        QCOMPARE(xlsxCell(x, header + 1, 8).value(u"value"_s).toString(), u"Novák; \"Brno\""_s);
        // Empty values are empty cells.
        QVERIFY(x.value(u"rows"_s).toArray().at(header + 3).toArray().at(1).isNull());

        const int totals = header + 4;
        QCOMPARE(xlsxCell(x, totals, 0).value(u"value"_s).toString(), u"Celkem"_s);
        const QJsonObject total = xlsxCell(x, totals, 2);
        QCOMPARE(total.value(u"type"_s).toString(), u"n"_s);
        QCOMPARE(total.value(u"value"_s).toDouble(), 1234467.51);
        QVERIFY(total.value(u"bold"_s).toBool());
        QCOMPARE(total.value(u"format"_s).toString(), u"#,##0.00"_s);
        QCOMPARE(x.value(u"rows"_s).toArray().size(), totals + 1);
        // Widths follow the content: the long Czech name is wider than the boolean column.
        const QJsonObject widths = x.value(u"widths"_s).toObject();
        QVERIFY2(widths.value(u"A"_s).toDouble() > widths.value(u"H"_s).toDouble(),
                 QJsonDocument(widths).toJson().constData());
    }

    void csvReadsBackExactly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("point");
        QTest::newRow("cs") << u"cs"_s << u";"_s << u","_s;
        QTest::newRow("cs_CZ") << u"cs_CZ"_s << u";"_s << u","_s;
        QTest::newRow("en") << u"en"_s << u","_s << u"."_s;
    }

    void csvReadsBackExactly()
    {
        QFETCH(QString, language);
        QFETCH(QString, separator);
        QFETCH(QString, point);
        const TableData table = sampleTable();
        const QString path = m_dir.filePath(u"sales-%1.csv"_s.arg(language));
        QString error;
        QVERIFY2(writeCsv(path, table, language, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)), separator.at(0));
        QCOMPARE(rows.size(), 1 + table.rows.size() + 1);
        QStringList titles;
        for (const TableColumn &c : table.columns)
            titles.append(c.title);
        QCOMPARE(rows.at(0), titles);
        const auto decimal = [&](const QString &text) { return QString(text).replace(u'.', point); };
        const QDateTime at = QDateTime(QDate(2026, 11, 5), QTime(9, 30), Qt::UTC).toLocalTime();
        QCOMPARE(rows.at(1), (QStringList{Czech, decimal(u"12.500"_s), decimal(u"1234567.50"_s), decimal(u"12.50"_s),
                                          u"2026-11-05"_s, at.toString(u"yyyy-MM-dd HH:mm:ss"_s), u"7"_s, u"1"_s,
                                          u"Novák; \"Brno\""_s}));
        QCOMPARE(rows.at(2).at(0), u"řádek\nse zalomením"_s);
        QCOMPARE(rows.at(2).at(1), decimal(u"-0.125"_s));
        QCOMPARE(rows.at(2).at(2), decimal(u"-99.99"_s));
        QCOMPARE(rows.at(3), (QStringList{{}, {}, decimal(u"0.00"_s), {}, {}, {}, {}, {}, u"Alfa, a.s."_s}));
        QCOMPARE(rows.at(4).mid(0, 3), (QStringList{u"Celkem"_s, decimal(u"12.375"_s), decimal(u"1234467.51"_s)}));
        // Quoted only where needed: a field with the separator, a quote or a line break.
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(u"\"Novák; \"\"Brno\"\"\""_s));
        QVERIFY(text.contains(u"\"řádek\nse zalomením\""_s));
        QVERIFY(text.contains(separator + u"\"Alfa, a.s.\"\r\n"_s) == (separator == u","_s));
        QVERIFY(!text.contains(u'"' + Czech));
    }

    // Decimals come from the text: 20 digits survive, which no double holds.
    void csvDecimalsNeverPassThroughDouble()
    {
        TableData t;
        t.columns = {{u"amount"_s, u"Amount"_s, ColumnType::Money, 2}, {u"rate"_s, u"Rate"_s, ColumnType::Decimal, 4}};
        t.rows = {QCborArray{u"12345678901234567.89"_s, u"0.1000"_s}, QCborArray{u"5"_s, u"1.23456"_s},
                  QCborArray{u"7.5000"_s, u"+2"_s}};
        const QString path = m_dir.filePath(u"exact.csv"_s);
        QString error;
        QVERIFY2(writeCsv(path, t, u"en"_s, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll().mid(3)), u',');
        QCOMPARE(rows.at(1), (QStringList{u"12345678901234567.89"_s, u"0.1000"_s}));
        // At least the scale, and no digit dropped; zeros beyond the scale are.
        QCOMPARE(rows.at(2), (QStringList{u"5.00"_s, u"1.23456"_s}));
        QCOMPARE(rows.at(3), (QStringList{u"7.50"_s, u"2.0000"_s}));
    }

    void badPathIsRefusedNamingIt()
    {
        const QString path = u"/nonexistent-directory/report.xlsx"_s;
        QString error;
        QVERIFY(!writeXlsx(path, sampleTable(), u"T"_s, {}, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        error.clear();
        QVERIFY(!writeCsv(u"/nonexistent-directory/report.csv"_s, sampleTable(), u"cs"_s, &error));
        QVERIFY2(error.startsWith(u"/nonexistent-directory/report.csv"_s), qPrintable(error));
    }

    void wrongValueIsRefusedNamingRowAndColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<QString>("place");
        QTest::newRow("money as a double") << 2 << QCborValue(12.5) << u"rows[2].revenue"_s;
        QTest::newRow("decimal comma") << 1 << QCborValue(u"12,5"_s) << u"rows[2].quantity"_s;
        QTest::newRow("date not ISO") << 4 << QCborValue(u"5.11.2026"_s) << u"rows[2].day"_s;
        QTest::newRow("integer as text") << 6 << QCborValue(u"7"_s) << u"rows[2].count"_s;
        QTest::newRow("text as a number") << 0 << QCborValue(42) << u"rows[2].label"_s;
        QTest::newRow("boolean as text") << 7 << QCborValue(u"true"_s) << u"rows[2].active"_s;
    }

    void wrongValueIsRefusedNamingRowAndColumn()
    {
        QFETCH(int, column);
        QFETCH(QCborValue, value);
        QFETCH(QString, place);
        TableData t = sampleTable();
        t.rows[1][column] = value;
        const QString xlsx = m_dir.filePath(u"wrong.xlsx"_s);
        QString error;
        QVERIFY(!writeXlsx(xlsx, t, u"T"_s, {}, &error));
        QVERIFY2(error.startsWith(place + u": expected"_s), qPrintable(error));
        QVERIFY(!QFile::exists(xlsx));
        QVERIFY(!QFile::exists(xlsx + u".part"_s));
        error.clear();
        QVERIFY(!writeCsv(m_dir.filePath(u"wrong.csv"_s), t, u"en"_s, &error));
        QVERIFY2(error.startsWith(place + u": expected"_s), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"wrong.csv"_s)));
    }

    void unknownLanguageIsRefused()
    {
        QString error;
        QVERIFY(!writeCsv(m_dir.filePath(u"de.csv"_s), sampleTable(), u"de"_s, &error));
        QVERIFY2(error.startsWith(u"language: "_s), qPrintable(error));
    }

    void reportAnswerBecomesATable()
    {
        const QCborMap answer{
            {u"columns"_s,
             QCborArray{QCborMap{{u"name"_s, u"partner"_s}, {u"title"_s, u"Partner"_s}, {u"type"_s, u"ref"_s}},
                        QCborMap{{u"name"_s, u"quantity"_s}, {u"title"_s, u"Quantity"_s}, {u"type"_s, u"decimal"_s}},
                        QCborMap{{u"name"_s, u"revenue"_s}, {u"title"_s, u"Revenue"_s}, {u"type"_s, u"money"_s}}}},
            {u"rows"_s,
             QCborArray{QCborMap{{u"partner"_s, 10}, {u"quantity"_s, u"1.5"_s}, {u"revenue"_s, u"10.00"_s},
                                 {u"display"_s, QCborMap{{u"partner"_s, u"Novák"_s}}}},
                        QCborMap{{u"partner"_s, QCborMap{{u"id"_s, 11}, {u"name"_s, u"Dvořák"_s}}},
                                 {u"quantity"_s, u"2.125"_s}, {u"revenue"_s, u"5.50"_s}}}},
            {u"totals"_s, QCborMap{{u"revenue"_s, u"15.50"_s}}}};
        QString error;
        const std::optional<TableData> t = tableFromReport(answer, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->columns.size(), 3);
        QCOMPARE(t->columns[0].type, ColumnType::Ref);
        QCOMPARE(t->columns[1].scale, 3);
        QCOMPARE(t->columns[2].scale, 2);
        QCOMPARE(t->rows.at(0).at(0).toString(), u"Novák"_s);
        QCOMPARE(t->rows.at(1).at(0).toString(), u"Dvořák"_s);
        QCOMPARE(t->totals.at(2).toString(), u"15.50"_s);
        QCborMap bad = answer;
        bad.insert(u"columns"_s, QCborArray{QCborMap{{u"name"_s, u"x"_s}, {u"type"_s, u"float"_s}}});
        QVERIFY(!tableFromReport(bad, &error));
        QVERIFY2(error.startsWith(u"columns[1]"_s), qPrintable(error));
    }

    void listPagesBecomeATable()
    {
        QString error;
        const std::optional<TableColumn> name = listColumn(QCborMap{{u"name"_s, u"name"_s}, {u"type"_s, u"string"_s}}, &error);
        const std::optional<TableColumn> kind = listColumn(QCborMap{{u"name"_s, u"kind"_s}, {u"type"_s, u"enum"_s}}, &error);
        const std::optional<TableColumn> limit = listColumn(
            QCborMap{{u"name"_s, u"credit_limit"_s}, {u"type"_s, u"money"_s}, {u"scale"_s, 4}}, &error);
        QVERIFY(name && kind && limit);
        QCOMPARE(limit->scale, 2);
        TableColumn kindColumn = *kind;
        kindColumn.labels = {{u"company"_s, u"Firma"_s}};
        const QCborMap first{{u"rows"_s, QCborArray{QCborMap{{u"name"_s, u"A"_s}, {u"kind"_s, u"company"_s},
                                                             {u"credit_limit"_s, u"100.0000"_s}}}},
                             {u"totals"_s, QCborMap{{u"credit_limit"_s, u"300.0000"_s}}}};
        const QCborMap second{{u"rows"_s, QCborArray{QCborMap{{u"name"_s, u"B"_s}, {u"kind"_s, u"person"_s},
                                                              {u"credit_limit"_s, u"200.0000"_s}}}}};
        const TableData t = tableFromList({*name, kindColumn, *limit}, {first, second});
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).at(1).toString(), u"Firma"_s);
        QCOMPARE(t.rows.at(1).at(1).toString(), u"person"_s);
        QCOMPARE(t.totals.at(0).toString(), u"Total"_s);
        QCOMPARE(t.totals.at(2).toString(), u"300.0000"_s);
        QVERIFY(!listColumn(QCborMap{{u"name"_s, u"photo"_s}, {u"type"_s, u"blob"_s}}, &error));
        QVERIFY2(error.startsWith(u"photo: "_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
