#include "core/clientsession.h"
#include "form/decimalformat.h"
#include "form/editors/booleditor.h"
#include "form/editors/dateeditor.h"
#include "form/editors/decimaleditor.h"
#include "form/editors/enumeditor.h"
#include "form/editors/integereditor.h"
#include "form/editors/refeditor.h"
#include "form/editors/stringeditor.h"
#include "form/fieldeditor.h"
#include "form/sectioneditor.h"
#include "form/valuetext.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCborArray>
#include <QCborMap>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <limits>
#include <memory>
#include <optional>

using namespace erp::app;

namespace {

const QLocale Czech(QLocale::Czech, QLocale::Czechia);
const QLocale English(QLocale::English, QLocale::UnitedStates);
QString u16(const char16_t *text)
{
    return QString::fromUtf16(text);
}

FieldInfo makeField(const QString &name, const QString &type, int precision = 0, int scale = 0)
{
    FieldInfo f;
    f.name = name;
    f.title = name;
    f.type = type;
    f.precision = precision;
    f.scale = scale;
    return f;
}

QString diag(const QCborArray &a)
{
    return QCborValue(a).toDiagnosticNotation();
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(English);
    }

    void formatsDecimals_data()
    {
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cs grouping") << "-1234567.5000" << 2 << Czech << u16(u"-1\u00A0234\u00A0567,50");
        QTest::newRow("en grouping") << "1234567.5" << 2 << English << "1,234,567.50";
        QTest::newRow("cs extreme") << "99999999999999.9999" << 4 << Czech
                                    << u16(u"99\u00A0999\u00A0999\u00A0999\u00A0999,9999");
        QTest::newRow("en negative extreme") << "-99999999999999.9999" << 4 << English << "-99,999,999,999,999.9999";
        QTest::newRow("small") << "0.0500" << 4 << Czech << "0,0500";
        QTest::newRow("negative small") << "-0.05" << 2 << English << "-0.05";
        QTest::newRow("no decimals") << "12" << 0 << English << "12";
        QTest::newRow("display rounding") << "1.005" << 2 << English << "1.01";
        QTest::newRow("not a number stays") << "abc" << 2 << English << "abc";
    }
    void formatsDecimals()
    {
        QFETCH(QString, canonical);
        QFETCH(int, scale);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(formatDecimal(canonical, scale, locale), expected);
    }

    void parsesDecimals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("precision");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cs space") << "1 234,5" << Czech << 18 << 4 << "1234.5000";
        QTest::newRow("cs nbsp") << u16(u"1\u00A0234,5") << Czech << 18 << 4 << "1234.5000";
        QTest::newRow("cs narrow nbsp") << u16(u"1\u202F234,5") << Czech << 18 << 4 << "1234.5000";
        QTest::newRow("cs point") << "1234.5" << Czech << 18 << 4 << "1234.5000";
        QTest::newRow("cs negative") << "-0,05" << Czech << 18 << 4 << "-0.0500";
        QTest::newRow("minus sign") << u16(u"\u221212,5") << Czech << 18 << 4 << "-12.5000";
        QTest::newRow("plus") << "+7" << Czech << 18 << 4 << "7.0000";
        QTest::newRow("cs extreme") << "99 999 999 999 999,9999" << Czech << 18 << 4 << "99999999999999.9999";
        QTest::newRow("cs negative extreme") << "-99999999999999,9999" << Czech << 18 << 4 << "-99999999999999.9999";
        QTest::newRow("cs dots group") << "1.234,5" << Czech << 18 << 4 << "1234.5000";
        QTest::newRow("trailing zeros") << "1,50000" << Czech << 18 << 4 << "1.5000";
        QTest::newRow("leading separator") << ",5" << Czech << 18 << 4 << "0.5000";
        QTest::newRow("negative zero") << "-0" << Czech << 18 << 2 << "0.00";
        QTest::newRow("en grouping") << "1,234.5" << English << 18 << 4 << "1234.5000";
        QTest::newRow("en group only") << "1,234" << English << 18 << 4 << "1234.0000";
        QTest::newRow("en comma decimal") << "1,5" << English << 18 << 4 << "1.5000";
        QTest::newRow("en space") << "1 234.5" << English << 18 << 4 << "1234.5000";
        QTest::newRow("en long") << "1,234,567.891" << English << 18 << 4 << "1234567.8910";
        QTest::newRow("en german style") << "1.234,5" << English << 18 << 4 << "1234.5000";
        QTest::newRow("small numeric") << "999,99" << Czech << 5 << 2 << "999.99";
        QTest::newRow("scale 0") << "42" << Czech << 10 << 0 << "42";
        QTest::newRow("no integer digits") << "0,25" << Czech << 3 << 2 << "0.25";
    }
    void parsesDecimals()
    {
        QFETCH(QString, input);
        QFETCH(QLocale, locale);
        QFETCH(int, precision);
        QFETCH(int, scale);
        QFETCH(QString, expected);
        QString error;
        const auto value = parseDecimal(input, precision, scale, locale, &error);
        QVERIFY2(value, qPrintable(error));
        QCOMPARE(*value, expected);
    }

    void rejectsDecimals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("precision");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("mentions");
        const QString csLimit = formatDecimal(QStringLiteral("99999999999999.9999"), 4, Czech);
        QTest::newRow("too many decimals") << "1,23456" << Czech << 18 << 4 << "4";
        QTest::newRow("too many for money display") << "0,001" << Czech << 18 << 2 << "2";
        QTest::newRow("overflow") << "100 000 000 000 000" << Czech << 18 << 4 << csLimit;
        QTest::newRow("negative overflow") << "-100000000000000" << Czech << 18 << 4 << csLimit;
        QTest::newRow("small overflow") << "1000" << Czech << 5 << 2 << "999,99";
        QTest::newRow("huge") << "99999999999999999999999" << English << 18 << 4 << "99,999,999,999,999.9999";
        for (const char *bad : {"12a", "abc", "1,2,3", "--1", "1..2", "", ",", "1e5", "12 34", "1, 5", "0x10", "1,234.5.6",
                                "- 5", "1 234 5"})
            QTest::newRow(bad) << QString::fromLatin1(bad) << Czech << 18 << 4 << QString();
        QTest::newRow("en 1,2,3") << "1,2,3" << English << 18 << 4 << QString();
    }
    void rejectsDecimals()
    {
        QFETCH(QString, input);
        QFETCH(QLocale, locale);
        QFETCH(int, precision);
        QFETCH(int, scale);
        QFETCH(QString, mentions);
        QString error;
        const auto value = parseDecimal(input, precision, scale, locale, &error);
        QVERIFY2(!value, qPrintable(value.value_or(QString())));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void decimalRoundTrip()
    {
        const QStringList values{QStringLiteral("0.0000"), QStringLiteral("-0.0500"), QStringLiteral("1234.5000"),
                                 QStringLiteral("-1234567.1234"), QStringLiteral("99999999999999.9999"),
                                 QStringLiteral("-99999999999999.9999"), QStringLiteral("9876543210987.6543")};
        for (const QLocale &locale : {Czech, English, QLocale(QLocale::German, QLocale::Germany),
                                      QLocale(QLocale::Swedish, QLocale::Sweden), QLocale(QLocale::English, QLocale::India),
                                      QLocale(QLocale::German, QLocale::Switzerland), QLocale(QLocale::Arabic, QLocale::Egypt)}) {
            for (const QString &value : values) {
                const QString shown = formatDecimal(value, 4, locale);
                QString error;
                const auto back = parseDecimal(shown, 18, 4, locale, &error);
                QVERIFY2(back, qPrintable(locale.name() + u' ' + shown + u' ' + error));
                QCOMPARE(*back, value);
            }
        }
    }

    void decimalEditor()
    {
        DecimalEditor editor(makeField(QStringLiteral("amount"), QStringLiteral("money"), 18, 4), nullptr);
        editor.setLocale(Czech);
        auto *edit = editor.findChild<QLineEdit *>();
        QVERIFY(edit);
        QSignalSpy edited(&editor, &FieldEditor::edited);

        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        editor.setValue(QStringLiteral("1234.5000"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("1234.5000")));
        QCOMPARE(edit->text(), u16(u"1\u00A0234,50"));
        editor.setValue(QStringLiteral("1.2345"));
        QCOMPARE(edit->text(), QStringLiteral("1,2345")); // money hides no digits
        QCOMPARE(edited.count(), 0);

        retype(edit, QStringLiteral("1 234,5"));
        QVERIFY(edited.count() > 0);
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("1234.5000")));
        QVERIFY(editor.inputError().isEmpty());

        retype(edit, QStringLiteral("12x"));
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        QVERIFY(!editor.inputError().isEmpty());

        retype(edit, QStringLiteral("1,23456"));
        QVERIFY(editor.inputError().contains(u'4'));

        retype(edit, QString());
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        QVERIFY(editor.inputError().isEmpty());

        editor.setReadOnly(true);
        QVERIFY(edit->isReadOnly());
    }

    void decimalEditorPlainWhileFocused()
    {
        QWidget window;
        auto *other = new QLineEdit(&window);
        auto *editor = new DecimalEditor(makeField(QStringLiteral("amount"), QStringLiteral("money"), 18, 4), &window);
        other->move(0, 40);
        editor->setLocale(Czech);
        editor->setValue(QStringLiteral("1234.5000"));
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            QSKIP("no active window on this platform");
        auto *edit = editor->findChild<QLineEdit *>();
        editor->setFocus();
        QTRY_COMPARE(edit->text(), QStringLiteral("1234,50"));
        other->setFocus();
        QTRY_COMPARE(edit->text(), u16(u"1\u00A0234,50"));
    }

    void stringEditor()
    {
        FieldInfo field = makeField(QStringLiteral("code"), QStringLiteral("string"));
        field.length = 5;
        StringEditor editor(field, nullptr);
        auto *edit = editor.findChild<QLineEdit *>();
        QCOMPARE(edit->maxLength(), 5);
        QSignalSpy edited(&editor, &FieldEditor::edited);
        QTest::keyClicks(edit, QStringLiteral("abcdefgh"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("abcde")));
        QVERIFY(edited.count() > 0);
        editor.setValue(QCborValue(QCborValue::Null));
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        editor.setValue(QStringLiteral("xy"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("xy")));
    }

    void integerEditor()
    {
        IntegerEditor editor(makeField(QStringLiteral("days"), QStringLiteral("integer")), nullptr);
        auto *edit = editor.findChild<QLineEdit *>();
        QSignalSpy edited(&editor, &FieldEditor::edited);
        QTest::keyClicks(edit, QStringLiteral("12a"));
        QCOMPARE(edit->text(), QStringLiteral("12")); // the letter never gets in
        QCOMPARE(editor.value(), QCborValue(12));
        QVERIFY(edited.count() > 0);

        retype(edit, QStringLiteral("-"));
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        QVERIFY(!editor.inputError().isEmpty());

        retype(edit, QStringLiteral("9999999999999999999"));
        QVERIFY(!editor.inputError().isEmpty());

        retype(edit, QStringLiteral("-9223372036854775808"));
        QCOMPARE(editor.value(), QCborValue(std::numeric_limits<qint64>::min()));

        editor.setValue(QCborValue(QCborValue::Null));
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        editor.setValue(7);
        QCOMPARE(editor.value(), QCborValue(7));
    }

    void dateEditor()
    {
        DateEditor editor(makeField(QStringLiteral("valid"), QStringLiteral("date")), nullptr);
        editor.setLocale(Czech);
        auto *edit = editor.findChild<QLineEdit *>();
        QSignalSpy edited(&editor, &FieldEditor::edited);

        editor.setValue(QCborValue(QCborValue::Null));
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        QVERIFY(edit->text().isEmpty());
        editor.setValue(QStringLiteral("2026-11-27"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("2026-11-27")));
        QCOMPARE(edit->text(), QStringLiteral("27.11.2026"));
        QCOMPARE(edited.count(), 0);

        retype(edit, QStringLiteral("1.2.2027"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("2027-02-01")));
        QVERIFY(edited.count() > 0);
        retype(edit, QStringLiteral("1.2.27"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("2027-02-01")));
        retype(edit, QStringLiteral("31.2.2027"));
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        QVERIFY(!editor.inputError().isEmpty());
        retype(edit, QString());
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        QVERIFY(editor.inputError().isEmpty());
    }

    void englishDatesAreUnambiguous()
    {
        for (const QLocale &locale : {English, QLocale(QLocale::English, QLocale::UnitedKingdom)}) {
            DateEditor editor(makeField(QStringLiteral("valid"), QStringLiteral("date")), nullptr);
            editor.setLocale(locale);
            auto *edit = editor.findChild<QLineEdit *>();
            editor.setValue(QStringLiteral("2026-12-01"));
            QCOMPARE(edit->text(), QStringLiteral("1 Dec 2026"));
            retype(edit, QStringLiteral("3 Feb 2027"));
            QCOMPARE(editor.value(), QCborValue(QStringLiteral("2027-02-03")));
            retype(edit, QStringLiteral("3 February 27"));
            QCOMPARE(editor.value(), QCborValue(QStringLiteral("2027-02-03")));
            retype(edit, QStringLiteral("2027-02-03"));
            QCOMPARE(editor.value(), QCborValue(QStringLiteral("2027-02-03")));
            QVERIFY(editor.inputError().isEmpty());
        }
        // Digits only are read in the country's own order.
        DateEditor us(makeField(QStringLiteral("valid"), QStringLiteral("date")), nullptr);
        us.setLocale(English);
        retype(us.findChild<QLineEdit *>(), QStringLiteral("2/3/2027"));
        QCOMPARE(us.value(), QCborValue(QStringLiteral("2027-02-03")));
        DateEditor uk(makeField(QStringLiteral("valid"), QStringLiteral("date")), nullptr);
        uk.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        retype(uk.findChild<QLineEdit *>(), QStringLiteral("2/3/2027"));
        QCOMPARE(uk.value(), QCborValue(QStringLiteral("2027-03-02")));
        QCOMPARE(valueText(makeField(QStringLiteral("at"), QStringLiteral("datetime")),
                           QStringLiteral("2026-12-01T10:15:00.000Z"), English)
                     .left(11),
                 QStringLiteral("1 Dec 2026 "));
    }

    void dateTimeEditor()
    {
        DateEditor editor(makeField(QStringLiteral("at"), QStringLiteral("datetime")), nullptr);
        editor.setLocale(Czech);
        auto *edit = editor.findChild<QLineEdit *>();
        editor.setValue(QStringLiteral("2026-11-27T10:15:00.000Z"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("2026-11-27T10:15:00.000Z")));
        editor.setValue(QStringLiteral("2026-11-27T11:15:00+01:00"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("2026-11-27T10:15:00.000Z")));

        retype(edit, QStringLiteral("27.11.2026 9:05"));
        const QDateTime local(QDate(2026, 11, 27), QTime(9, 5));
        QCOMPARE(editor.value(), QCborValue(local.toUTC().toString(Qt::ISODateWithMs)));
        QVERIFY(editor.value().toString().endsWith(u'Z'));
        editor.setValue(QCborValue(QCborValue::Null));
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
    }

    void boolEditor()
    {
        BoolEditor editor(makeField(QStringLiteral("active"), QStringLiteral("boolean")), nullptr);
        auto *box = editor.findChild<QCheckBox *>();
        QSignalSpy edited(&editor, &FieldEditor::edited);
        editor.setValue(true);
        QCOMPARE(editor.value(), QCborValue(true));
        editor.setValue(QCborValue(QCborValue::Null));
        QCOMPARE(editor.value(), QCborValue(false));
        QCOMPARE(edited.count(), 0);
        QTest::keyClick(box, Qt::Key_Space);
        QCOMPARE(editor.value(), QCborValue(true));
        QCOMPARE(edited.count(), 1);
        editor.setReadOnly(true);
        QVERIFY(!box->isEnabled());
    }

    void enumEditor()
    {
        FieldInfo field = makeField(QStringLiteral("legal_form"), QStringLiteral("enum"));
        field.target = QStringLiteral("legal_forms");
        ClientSession session; // not logged in: its enumerations are empty
        EnumEditor editor(field, &session, nullptr);
        EnumInfo info;
        info.name = field.target;
        info.values = {{QStringLiteral("company"), QStringLiteral("Company")},
                       {QStringLiteral("person"), QStringLiteral("Person")}};
        editor.setEnumInfo(info);
        auto *combo = editor.findChild<QComboBox *>();
        QCOMPARE(combo->count(), 3); // an empty entry first: not required
        QSignalSpy edited(&editor, &FieldEditor::edited);
        editor.setValue(QStringLiteral("person"));
        QCOMPARE(combo->currentText(), QStringLiteral("Person"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("person")));
        QCOMPARE(edited.count(), 0);
        combo->setCurrentIndex(1);
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("company")));
        QCOMPARE(edited.count(), 1);
        combo->setCurrentIndex(0);
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        editor.setValue(QStringLiteral("unknown_value"));
        QCOMPARE(editor.value(), QCborValue(QStringLiteral("unknown_value")));

        field.required = true;
        EnumEditor required(field, nullptr, nullptr);
        required.setEnumInfo(info);
        required.setValue(QStringLiteral("company"));
        QCOMPARE(required.findChild<QComboBox *>()->count(), 2);
    }

    void refEditor()
    {
        FieldInfo field = makeField(QStringLiteral("currency"), QStringLiteral("ref"));
        field.target = QStringLiteral("currencies");
        ClientSession session;
        RefEditor editor(field, &session, nullptr);
        auto *edit = editor.findChild<QLineEdit *>();
        auto *chooser = editor.findChild<QToolButton *>();
        QVERIFY(!chooser->isVisibleTo(&editor)); // no chooser set
        QSignalSpy edited(&editor, &FieldEditor::edited);

        editor.setValue(42, QStringLiteral("Czech koruna"));
        QCOMPARE(editor.value(), QCborValue(42));
        QCOMPARE(editor.displayText(), QStringLiteral("Czech koruna"));
        QCOMPARE(edit->text(), QStringLiteral("Czech koruna"));
        QCOMPARE(edited.count(), 0);

        QTest::keyClicks(edit, QStringLiteral("x"));
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        QCOMPARE(editor.inputError(), RefEditor::tr("choose a value from the list"));
        QVERIFY(edited.count() > 0);
        QTest::keyClick(edit, Qt::Key_Backspace); // typed back to the chosen name
        QCOMPARE(editor.value(), QCborValue(42));
        QVERIFY(editor.inputError().isEmpty());

        retype(edit, QString());
        QCOMPARE(editor.value(), QCborValue(QCborValue::Null));
        QVERIFY(editor.inputError().isEmpty());

        QString askedKind;
        session.chooseObject = [&](QWidget *, const ChoiceRequest &request, std::function<void(qint64, const QString &)> done) {
            askedKind = request.kind;
            done(7, QStringLiteral("Euro"));
        };
        RefEditor withChooser(field, &session, nullptr);
        QSignalSpy chosen(&withChooser, &FieldEditor::edited);
        QVERIFY(withChooser.findChild<QToolButton *>()->isVisibleTo(&withChooser));
        QTest::keyClick(withChooser.findChild<QLineEdit *>(), Qt::Key_F4);
        QCOMPARE(askedKind, QStringLiteral("currencies"));
        QCOMPARE(withChooser.value(), QCborValue(7));
        QCOMPARE(withChooser.displayText(), QStringLiteral("Euro"));
        QCOMPARE(chosen.count(), 1);
    }

    void factory()
    {
        const QList<std::pair<QString, const char *>> types{
            {QStringLiteral("string"), "erp::app::StringEditor"},   {QStringLiteral("text"), "erp::app::TextEditor"},
            {QStringLiteral("integer"), "erp::app::IntegerEditor"}, {QStringLiteral("decimal"), "erp::app::DecimalEditor"},
            {QStringLiteral("money"), "erp::app::DecimalEditor"},   {QStringLiteral("date"), "erp::app::DateEditor"},
            {QStringLiteral("datetime"), "erp::app::DateEditor"},   {QStringLiteral("boolean"), "erp::app::BoolEditor"},
            {QStringLiteral("enum"), "erp::app::EnumEditor"},       {QStringLiteral("ref"), "erp::app::RefEditor"}};
        for (const auto &[type, className] : types) {
            std::unique_ptr<FieldEditor> editor(createFieldEditor(makeField(QStringLiteral("f"), type, 18, 4), nullptr, nullptr));
            QCOMPARE(editor->metaObject()->className(), className);
            QCOMPARE(editor->consumesEnter(), type == QLatin1String("text"));
        }
    }

    void sectionEditor()
    {
        SectionInfo section;
        section.name = QStringLiteral("accounts");
        FieldInfo iban = makeField(QStringLiteral("iban"), QStringLiteral("string"));
        iban.length = 34;
        iban.required = true;
        FieldInfo isDefault = makeField(QStringLiteral("is_default"), QStringLiteral("boolean"));
        isDefault.defaultValue = false;
        FieldInfo currency = makeField(QStringLiteral("currency"), QStringLiteral("ref"));
        currency.target = QStringLiteral("currencies");
        FieldInfo kind = makeField(QStringLiteral("kind"), QStringLiteral("enum"));
        kind.target = QStringLiteral("legal_forms");
        kind.defaultValue = QStringLiteral("company");
        FieldInfo quantity = makeField(QStringLiteral("quantity"), QStringLiteral("decimal"), 10, 3);
        quantity.defaultValue = 1; // as a JSON default arrives
        section.fields = {iban,
                          makeField(QStringLiteral("amount"), QStringLiteral("money"), 18, 4),
                          makeField(QStringLiteral("valid"), QStringLiteral("date")),
                          isDefault,
                          currency,
                          kind,
                          quantity};
        const int amountColumn = 1;

        ClientSession session;
        SectionEditor editor(section, &session);
        QSignalSpy edited(&editor, &SectionEditor::edited);
        auto *view = editor.findChild<QTableView *>();
        QAbstractItemModel *model = view->model();

        QCborMap first{{QStringLiteral("iban"), QStringLiteral("CZ01")},
                       {QStringLiteral("amount"), QStringLiteral("1234.5000")},
                       {QStringLiteral("valid"), QStringLiteral("2026-11-27")},
                       {QStringLiteral("is_default"), true},
                       {QStringLiteral("currency"), 5},
                       {QStringLiteral("kind"), QStringLiteral("company")},
                       {QStringLiteral("quantity"), QStringLiteral("2.000")}};
        QCborMap second{{QStringLiteral("iban"), QStringLiteral("CZ02")},
                        {QStringLiteral("amount"), QCborValue(QCborValue::Null)},
                        {QStringLiteral("valid"), QCborValue(QCborValue::Null)},
                        {QStringLiteral("is_default"), false},
                        {QStringLiteral("currency"), QCborValue(QCborValue::Null)},
                        {QStringLiteral("kind"), QCborValue(QCborValue::Null)},
                        {QStringLiteral("quantity"), QStringLiteral("0.500")}};
        QCborMap firstWithDisplay = first;
        firstWithDisplay.insert(QStringLiteral("display"), QCborMap{{QStringLiteral("currency"), QStringLiteral("CZK")}});
        editor.setLines(QCborArray{firstWithDisplay, second});
        QCOMPARE(diag(editor.lines()), diag(QCborArray{first, second}));
        QCOMPARE(edited.count(), 0);

        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("iban"));
        QCOMPARE(model->index(0, amountColumn).data().toString(), QStringLiteral("1,234.50"));
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("27 Nov 2026"));
        QCOMPARE(model->index(0, 3).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("CZK"));
        QCOMPARE(model->index(0, 6).data().toString(), QStringLiteral("2.000"));

        // Toggling a check box is an edit.
        QVERIFY(model->setData(model->index(1, 3), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(editor.lines().at(1).toMap().value(QStringLiteral("is_default")), QCborValue(true));
        QCOMPARE(edited.count(), 1);
        model->setData(model->index(1, 3), Qt::Unchecked, Qt::CheckStateRole);

        // Add: after the current line, with the defaults.
        view->setCurrentIndex(model->index(1, 0));
        editor.findChild<QToolButton *>(QStringLiteral("addLine"))->click();
        QCOMPARE(model->rowCount(), 3);
        const QCborMap added = editor.lines().at(2).toMap();
        QCOMPARE(added.value(QStringLiteral("iban")), QCborValue(QCborValue::Null));
        QCOMPARE(added.value(QStringLiteral("is_default")), QCborValue(false));
        QCOMPARE(added.value(QStringLiteral("kind")), QCborValue(QStringLiteral("company")));
        QCOMPARE(added.value(QStringLiteral("quantity")), QCborValue(QStringLiteral("1.000")));
        QCOMPARE(edited.count(), 3);

        // Copy the first line: the copy comes right below it, display name included.
        view->setCurrentIndex(model->index(0, 1));
        editor.findChild<QToolButton *>(QStringLiteral("copyLine"))->click();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(diag(QCborArray{editor.lines().at(1)}), diag(QCborArray{first}));
        QCOMPARE(model->index(1, 4).data().toString(), QStringLiteral("CZK"));
        QCOMPARE(view->currentIndex().row(), 1);

        // Delete the copy.
        editor.findChild<QToolButton *>(QStringLiteral("deleteLine"))->click();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(editor.lines().at(1).toMap().value(QStringLiteral("iban")), QCborValue(QStringLiteral("CZ02")));

        // Move the first line down and back.
        view->setCurrentIndex(model->index(0, 0));
        auto *up = editor.findChild<QToolButton *>(QStringLiteral("moveUp"));
        auto *down = editor.findChild<QToolButton *>(QStringLiteral("moveDown"));
        QVERIFY(!up->isEnabled());
        down->click();
        QCOMPARE(editor.lines().at(0).toMap().value(QStringLiteral("iban")), QCborValue(QStringLiteral("CZ02")));
        QCOMPARE(editor.lines().at(1).toMap().value(QStringLiteral("iban")), QCborValue(QStringLiteral("CZ01")));
        QCOMPARE(view->currentIndex().row(), 1);
        QVERIFY(up->isEnabled());
        up->click();
        QCOMPARE(editor.lines().at(0).toMap().value(QStringLiteral("iban")), QCborValue(QStringLiteral("CZ01")));
        QCOMPARE(edited.count(), 7);

        // Errors from the server.
        editor.showError(2, QStringLiteral("amount"), QStringLiteral("amount: too large"));
        QCOMPARE(view->currentIndex(), model->index(1, amountColumn));
        auto *message = editor.findChild<QLabel *>();
        QVERIFY(message->isVisibleTo(&editor));
        QCOMPARE(message->text(), QStringLiteral("amount: too large"));
        editor.clearError();
        QVERIFY(!message->isVisibleTo(&editor));

        editor.setReadOnly(true);
        QVERIFY(!editor.findChild<QToolButton *>(QStringLiteral("addLine"))->isEnabled());
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
        editor.addLine();
        QCOMPARE(model->rowCount(), 3);
        editor.setReadOnly(false);
        QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsEditable);
    }

    void sectionCellEditing()
    {
        SectionInfo section;
        section.fields = {makeField(QStringLiteral("iban"), QStringLiteral("string")),
                          makeField(QStringLiteral("amount"), QStringLiteral("money"), 18, 4),
                          makeField(QStringLiteral("valid"), QStringLiteral("date"))};
        SectionEditor editor(section, nullptr);
        editor.setLines(QCborArray{QCborMap{{QStringLiteral("iban"), QStringLiteral("CZ01")},
                                            {QStringLiteral("amount"), QStringLiteral("5.0000")}}});
        QSignalSpy edited(&editor, &SectionEditor::edited);
        auto *view = editor.findChild<QTableView *>();
        const QModelIndex amount = view->model()->index(0, 1);
        const auto amountOf = [&] { return editor.lines().at(0).toMap().value(QStringLiteral("amount")); };

        // Valid input reaches lines() while it is typed.
        view->setCurrentIndex(amount);
        view->edit(amount);
        QPointer<FieldEditor> cell = view->findChild<FieldEditor *>();
        QVERIFY(cell);
        retype(cell->findChild<QLineEdit *>(), QStringLiteral("42.5"));
        QCOMPARE(amountOf(), QCborValue(QStringLiteral("42.5000")));
        QVERIFY(edited.count() > 0);

        // Enter commits and moves right.
        QTest::keyClick(cell->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_VERIFY(!cell);
        QCOMPARE(view->currentIndex(), view->model()->index(0, 2));
        QCOMPARE(amountOf(), QCborValue(QStringLiteral("42.5000")));

        // Malformed input: reported, the editor stays; Escape restores the cell.
        view->setCurrentIndex(amount);
        view->edit(amount);
        const auto editors = view->findChildren<FieldEditor *>();
        for (FieldEditor *e : editors)
            if (e->field().name == QLatin1String("amount"))
                cell = e;
        QVERIFY(cell);
        auto *line = cell->findChild<QLineEdit *>();
        retype(line, QStringLiteral("1"));
        QCOMPARE(amountOf(), QCborValue(QStringLiteral("1.0000")));
        retype(line, QStringLiteral("12x"));
        QVERIFY(editor.inputError().startsWith(SectionEditor::tr("Line %1, %2: %3").arg(1).arg(QStringLiteral("amount"), QString())));
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(cell); // still open
        QVERIFY(editor.findChild<QLabel *>()->isVisibleTo(&editor));
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_VERIFY(!cell);
        QCOMPARE(amountOf(), QCborValue(QStringLiteral("42.5000")));
        QVERIFY(editor.inputError().isEmpty());
    }

    void sectionComputedCells()
    {
        // As meta.describe declares a sales order's lines: the amount is the server's.
        FieldInfo amount = makeField(QStringLiteral("amount"), QStringLiteral("money"), 18, 4);
        amount.computed = true;
        amount.readOnly = true;
        SectionInfo section;
        section.fields = {makeField(QStringLiteral("quantity"), QStringLiteral("decimal"), 15, 3),
                          makeField(QStringLiteral("price"), QStringLiteral("money"), 18, 4), amount,
                          makeField(QStringLiteral("note"), QStringLiteral("string"))};
        SectionEditor editor(section, nullptr);
        const QCborMap line{{QStringLiteral("quantity"), QStringLiteral("2.000")},
                            {QStringLiteral("price"), QStringLiteral("10.0000")},
                            {QStringLiteral("amount"), QStringLiteral("20.0000")},
                            {QStringLiteral("note"), QCborValue(QCborValue::Null)}};
        editor.setLines(QCborArray{line});
        auto *view = editor.findChild<QTableView *>();
        QAbstractItemModel *model = view->model();

        // Shown, greyed (a disabled item), never edited nor sent.
        const QModelIndex amountCell = model->index(0, 2);
        QCOMPARE(amountCell.data().toString(), QStringLiteral("20.00"));
        QVERIFY(!(amountCell.flags() & Qt::ItemIsEditable));
        QVERIFY(!(amountCell.flags() & Qt::ItemIsEnabled));
        QVERIFY(model->index(0, 1).flags() & Qt::ItemIsEditable);
        view->setCurrentIndex(amountCell);
        QVERIFY(view->currentIndex() != amountCell);
        QVERIFY(!view->findChild<FieldEditor *>());
        QCOMPARE(diag(editor.lines()), diag(QCborArray{line}));
        QCborMap sent = line;
        sent.remove(QStringLiteral("amount"));
        QCOMPARE(diag(editor.writableLines()), diag(QCborArray{sent}));

        // Enter in the price moves past the amount to the next editable cell.
        const QModelIndex price = model->index(0, 1);
        view->setCurrentIndex(price);
        view->edit(price);
        QPointer<FieldEditor> cell = view->findChild<FieldEditor *>();
        QVERIFY(cell);
        retype(cell->findChild<QLineEdit *>(), QStringLiteral("12"));
        QTest::keyClick(cell->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_VERIFY(!cell);
        QCOMPARE(view->currentIndex(), model->index(0, 3));
        QCOMPARE(editor.lines().at(0).toMap().value(QStringLiteral("price")), QCborValue(QStringLiteral("12.0000")));
    }

    void workflowFromTheMetadata()
    {
        // What meta.describe sends for a document: its workflow, and fields declared computed.
        const auto transition = [](const QString &name, const QStringList &from, const QString &to, bool allowed,
                                   std::optional<bool> mark = std::nullopt) {
            QCborMap t{{QStringLiteral("name"), name},           {QStringLiteral("title"), name.toUpper()},
                       {QStringLiteral("from"), QCborArray::fromStringList(from)},
                       {QStringLiteral("to"), to},               {QStringLiteral("allowed"), allowed}};
            if (mark)
                t.insert(QStringLiteral("deletionMark"), *mark);
            return t;
        };
        const QCborMap description{
            {QStringLiteral("name"), QStringLiteral("orders")},
            {QStringLiteral("class"), QStringLiteral("document")},
            {QStringLiteral("fields"),
             QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("total")},
                                 {QStringLiteral("type"), QStringLiteral("money")},
                                 {QStringLiteral("computed"), true}},
                        QCborMap{{QStringLiteral("name"), QStringLiteral("note")}, {QStringLiteral("type"), QStringLiteral("string")}}}},
            {QStringLiteral("workflow"),
             QCborMap{{QStringLiteral("name"), QStringLiteral("approval")},
                      {QStringLiteral("initial"), QStringLiteral("new")},
                      {QStringLiteral("states"),
                       QCborArray{QCborMap{{QStringLiteral("name"), QStringLiteral("new")}, {QStringLiteral("title"), QStringLiteral("New")}},
                                  QCborMap{{QStringLiteral("name"), QStringLiteral("approved")},
                                           {QStringLiteral("title"), QStringLiteral("Approved")},
                                           {QStringLiteral("posted"), true}}}},
                      {QStringLiteral("transitions"),
                       QCborArray{transition(QStringLiteral("approve"), {QStringLiteral("new")}, QStringLiteral("approved"), true),
                                  transition(QStringLiteral("reject"), {QStringLiteral("approved")}, QStringLiteral("new"), false),
                                  transition(QStringLiteral("bin"), {QStringLiteral("new"), QStringLiteral("approved")},
                                             QStringLiteral("new"), true, true),
                                  transition(QStringLiteral("unbin"), {QStringLiteral("new")}, QStringLiteral("new"), true, false)}}}}};
        const KindInfo kind = KindInfo::fromCbor(description);
        const WorkflowInfo &w = kind.workflow;
        QCOMPARE(w.initial, QStringLiteral("new"));
        QCOMPARE(w.stateTitle(QStringLiteral("approved")), QStringLiteral("Approved"));
        QVERIFY(w.isPosted(QStringLiteral("approved")));
        QVERIFY(!w.isPosted(QStringLiteral("new")));
        QCOMPARE(kind.field(QStringLiteral("status"))->type, QStringLiteral("enum"));
        QCOMPARE(kind.field(QStringLiteral("status"))->target, w.enumName());
        QCOMPARE(w.statesEnum().values.size(), 2);
        QVERIFY(kind.field(QStringLiteral("total"))->readOnly);
        QVERIFY(!kind.field(QStringLiteral("note"))->readOnly);

        const auto can = [&](const QString &t, const QString &state, bool deleted) {
            return w.canRun(*w.transition(t), state, deleted);
        };
        QVERIFY(can(QStringLiteral("approve"), QStringLiteral("new"), false));
        QVERIFY(!can(QStringLiteral("approve"), QStringLiteral("approved"), false)); // not from there
        QVERIFY(!can(QStringLiteral("reject"), QStringLiteral("approved"), false));  // not allowed
        QVERIFY(can(QStringLiteral("bin"), QStringLiteral("approved"), false));
        QVERIFY(!can(QStringLiteral("unbin"), QStringLiteral("new"), false)); // nothing to clear
        // A marked document: only the transition that clears the mark.
        QVERIFY(!can(QStringLiteral("approve"), QStringLiteral("new"), true));
        QVERIFY(!can(QStringLiteral("bin"), QStringLiteral("new"), true));
        QVERIFY(can(QStringLiteral("unbin"), QStringLiteral("new"), true));
        QCOMPARE(w.deletionMarkTransition(true)->name, QStringLiteral("bin"));
        QCOMPARE(w.deletionMarkTransition(false)->name, QStringLiteral("unbin"));
        QCOMPARE(w.transitionTitle(QStringLiteral("approve")), QStringLiteral("APPROVE"));
    }

    void sectionShortcuts()
    {
        SectionInfo section;
        section.fields = {makeField(QStringLiteral("iban"), QStringLiteral("string"))};
        // Editors closed by the view must not be closed a second time on focus loss.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to this view")));
        SectionEditor editor(section, nullptr);
        editor.setLines(QCborArray{QCborMap{{QStringLiteral("iban"), QStringLiteral("A")}},
                                   QCborMap{{QStringLiteral("iban"), QStringLiteral("B")}}});
        editor.show();
        editor.activateWindow();
        if (!QTest::qWaitForWindowActive(&editor))
            QSKIP("no active window on this platform");
        auto *view = editor.findChild<QTableView *>();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_VERIFY(view->hasFocus());

        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(editor.lines().at(1).toMap().value(QStringLiteral("iban")), QCborValue(QStringLiteral("A")));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(editor.lines().size(), 1);
        QTest::keyClick(view, Qt::Key_Insert); // adds a line and starts editing it
        QCOMPARE(editor.lines().size(), 2);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != view);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("C"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(editor.lines().at(1).toMap().value(QStringLiteral("iban")), QCborValue(QStringLiteral("C")));
    }

    void sectionTypingAndFocusLoss()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to this view")));
        SectionInfo section;
        section.fields = {makeField(QStringLiteral("amount"), QStringLiteral("money"), 18, 4),
                          makeField(QStringLiteral("note"), QStringLiteral("string"))};
        QWidget window;
        auto *editor = new SectionEditor(section, nullptr, &window);
        auto *outside = new QLineEdit(&window);
        editor->setGeometry(0, 0, 400, 200);
        outside->setGeometry(0, 210, 100, 20);
        editor->setLines(QCborArray{QCborMap{{QStringLiteral("amount"), QStringLiteral("5.0000")}}});
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            QSKIP("no active window on this platform");
        auto *view = editor->findChild<QTableView *>();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_VERIFY(view->hasFocus());
        const auto amount = [&] { return editor->lines().at(0).toMap().value(QStringLiteral("amount")); };

        // Typing on a cell replaces its value.
        QTest::keyClicks(view, QStringLiteral("7"));
        QTRY_VERIFY(QApplication::focusWidget() != view);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(".25"));
        QCOMPARE(amount(), QCborValue(QStringLiteral("7.2500")));

        // Escape restores the cell.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(amount(), QCborValue(QStringLiteral("5.0000")));

        // Leaving the grid commits and closes the editor.
        view->setFocus();
        QTest::keyClicks(view, QStringLiteral("8"));
        QTRY_VERIFY(view->findChild<FieldEditor *>());
        outside->setFocus();
        QTRY_VERIFY(view->findChildren<FieldEditor *>().isEmpty());
        QCOMPARE(amount(), QCborValue(QStringLiteral("8.0000")));
        QVERIFY(editor->inputError().isEmpty());
    }
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
