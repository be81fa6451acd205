#include "printtemplate.h"

#include "documentpdf.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace erp::print {

namespace {

const QStringList LineFields = {QStringLiteral("text"),       QStringLiteral("quantity"), QStringLiteral("unit"),
                                QStringLiteral("price"),      QStringLiteral("vat_percent"), QStringLiteral("base"),
                                QStringLiteral("vat"),        QStringLiteral("total")};

struct Reader
{
    QString source;
    QString *error;

    bool fail(const QString &path, const QString &message) const
    {
        *error = QStringLiteral("%1: %2: %3").arg(source, path, message);
        return false;
    }

    bool number(const QJsonObject &o, const QString &key, const QString &path, double low, double high, double *out) const
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            return fail(path + u'.' + key, QStringLiteral("a number is required"));
        if (v.toDouble() < low || v.toDouble() > high)
            return fail(path + u'.' + key, QStringLiteral("must be between %1 and %2").arg(low).arg(high));
        *out = v.toDouble();
        return true;
    }
};

} // namespace

std::optional<PrintTemplate> parsePrintTemplate(const QByteArray &json, const QString &source, QString *error)
{
    const Reader r{source, error};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        r.fail(QStringLiteral("(document)"), parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                      : QStringLiteral("an object is required"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    PrintTemplate t;
    t.form = root.value(QStringLiteral("form")).toString();
    if (t.form.isEmpty()) {
        r.fail(QStringLiteral("form"), QStringLiteral("the form's name is required"));
        return std::nullopt;
    }
    const QJsonObject page = root.value(QStringLiteral("page")).toObject();
    if (page.value(QStringLiteral("size")).toString() != QLatin1String("A4")) {
        r.fail(QStringLiteral("page.size"), QStringLiteral("only \"A4\" is supported"));
        return std::nullopt;
    }
    if (page.value(QStringLiteral("orientation")).toString(QStringLiteral("portrait")) != QLatin1String("portrait")) {
        r.fail(QStringLiteral("page.orientation"), QStringLiteral("only \"portrait\" is supported"));
        return std::nullopt;
    }
    const QJsonObject margins = page.value(QStringLiteral("marginsMm")).toObject();
    double left = 0, top = 0, right = 0, bottom = 0;
    const QString m = QStringLiteral("page.marginsMm");
    if (!r.number(margins, QStringLiteral("left"), m, 5, 40, &left) || !r.number(margins, QStringLiteral("top"), m, 5, 40, &top)
        || !r.number(margins, QStringLiteral("right"), m, 5, 40, &right)
        || !r.number(margins, QStringLiteral("bottom"), m, 5, 40, &bottom))
        return std::nullopt;
    t.marginsMm = QMarginsF(left, top, right, bottom);

    const QJsonArray languages = root.value(QStringLiteral("languages")).toArray();
    for (qsizetype i = 0; i < languages.size(); ++i) {
        const QString language = languages.at(i).toString();
        if (language != QLatin1String("cs") && language != QLatin1String("en")) {
            r.fail(QStringLiteral("languages[%1]").arg(i), QStringLiteral("cs or en is required"));
            return std::nullopt;
        }
        t.languages.append(language);
    }
    if (t.languages.isEmpty()) {
        r.fail(QStringLiteral("languages"), QStringLiteral("at least one language is required"));
        return std::nullopt;
    }

    const QJsonObject texts = root.value(QStringLiteral("texts")).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        for (const QString &language : std::as_const(t.languages)) {
            const QString text = it.value().toObject().value(language).toString();
            if (text.isEmpty()) {
                r.fail(QStringLiteral("texts.%1.%2").arg(it.key(), language), QStringLiteral("a text is required"));
                return std::nullopt;
            }
            t.texts[it.key()].insert(language, text);
        }
    }
    for (const QString &key : documentTextKeys())
        if (!t.texts.contains(key)) {
            r.fail(QStringLiteral("texts.%1").arg(key), QStringLiteral("the text is required (the renderer prints it)"));
            return std::nullopt;
        }

    const QJsonArray columns = root.value(QStringLiteral("lines")).toObject().value(QStringLiteral("columns")).toArray();
    double width = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString path = QStringLiteral("lines.columns[%1]").arg(i);
        const QJsonObject c = columns.at(i).toObject();
        PrintColumn column;
        column.field = c.value(QStringLiteral("field")).toString();
        if (!LineFields.contains(column.field)) {
            r.fail(path + QStringLiteral(".field"), QStringLiteral("\"%1\" is no line field (%2)")
                                                        .arg(column.field, LineFields.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        column.title = c.value(QStringLiteral("title")).toString();
        if (!t.texts.contains(column.title)) {
            r.fail(path + QStringLiteral(".title"), QStringLiteral("\"%1\" is no key of texts").arg(column.title));
            return std::nullopt;
        }
        if (!r.number(c, QStringLiteral("widthMm"), path, 5, 180, &column.widthMm))
            return std::nullopt;
        const QString align = c.value(QStringLiteral("align")).toString(QStringLiteral("left"));
        if (align != QLatin1String("left") && align != QLatin1String("right")) {
            r.fail(path + QStringLiteral(".align"), QStringLiteral("left or right is required"));
            return std::nullopt;
        }
        column.align = align == QLatin1String("right") ? Qt::AlignRight : Qt::AlignLeft;
        width += column.widthMm;
        t.columns.append(column);
    }
    if (t.columns.isEmpty()) {
        r.fail(QStringLiteral("lines.columns"), QStringLiteral("at least one column is required"));
        return std::nullopt;
    }
    const double printable = 210 - left - right;
    if (width > printable + 0.01) {
        r.fail(QStringLiteral("lines.columns"),
               QStringLiteral("the columns are %1 mm wide, the page has %2 mm between its margins").arg(width).arg(printable));
        return std::nullopt;
    }
    return t;
}

std::optional<PrintTemplate> builtInTemplate(const QString &form, QString *error)
{
    static QMutex mutex;
    static QHash<QString, PrintTemplate> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto it = loaded.constFind(form); it != loaded.constEnd())
        return *it;
    const QString source = QStringLiteral("resources/print/%1.json").arg(form);
    QFile file(QStringLiteral(":/print/%1.json").arg(form));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: the template is missing").arg(source);
        return std::nullopt;
    }
    std::optional<PrintTemplate> t = parsePrintTemplate(file.readAll(), source, error);
    if (t && t->form != form) {
        *error = QStringLiteral("%1: form: \"%2\" is not the file's name").arg(source, t->form);
        return std::nullopt;
    }
    if (t)
        loaded.insert(form, *t);
    return t;
}

bool checkBuiltInTemplates(const QStringList &forms, QString *error)
{
    for (const QString &form : forms)
        if (!builtInTemplate(form, error))
            return false;
    return true;
}

} // namespace erp::print
