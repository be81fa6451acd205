#include "model.h"
#include "modelchecks.h"

// Reading the metadata files into a model; the checks across files are in modelchecks.cpp, the
// lookups in model.cpp.

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace erp::meta {

namespace {

constexpr int MaxIdentifierBytes = 31;
constexpr int MaxStringLength = 8000; // VARCHAR in UTF8 holds at most 8191 characters

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Metadata)
};

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

class Loader
{
public:
    QString error;

    bool loadFile(const QString &path, QList<ObjectKind> *kinds, QList<Enumeration> *enums, QList<Register> *registers,
                  QList<Workflow> *workflows, QList<FunctionalOption> *options)
    {
        m_file = path;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Text::tr("cannot read the file"));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(Text::tr("JSON error at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        const QJsonObject root = doc.object();
        if (root.contains(QLatin1String("catalog"))) {
            ObjectKind kind;
            if (!readKind(root, &kind))
                return false;
            kinds->append(kind);
            return true;
        }
        if (root.contains(QLatin1String("document"))) {
            ObjectKind kind;
            if (!readKind(root, &kind))
                return false;
            kinds->append(kind);
            return true;
        }
        if (root.contains(QLatin1String("register"))) {
            Register r;
            if (!readRegister(root, &r))
                return false;
            registers->append(r);
            return true;
        }
        if (root.contains(QLatin1String("enum"))) {
            Enumeration e;
            if (!readEnum(root, &e))
                return false;
            enums->append(e);
            return true;
        }
        if (root.contains(QLatin1String("options")))
            return readOptions(root.value(QLatin1String("options")).toArray(), options);
        if (root.contains(QLatin1String("workflow"))) {
            Workflow w;
            if (!readWorkflow(root, &w))
                return false;
            workflows->append(w);
            return true;
        }
        return fail(Text::tr(
            "expected a \"catalog\", \"document\", \"register\", \"enum\", \"workflow\" or \"options\" declaration"));
    }

    bool fail(const QString &message)
    {
        error = QStringLiteral("%1: %2").arg(m_file, message);
        return false;
    }

private:
    QString m_file;

    // "options": [{name, title, default}]: the functional options (default on).
    bool readOptions(const QJsonArray &array, QList<FunctionalOption> *options)
    {
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            FunctionalOption option{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("title")).toString(),
                                    o.value(QLatin1String("default")).toBool(true)};
            if (!isIdentifier(option.name) || option.name.size() > 40)
                return fail(Text::tr("option name \"%1\" is not a lowercase identifier of at most 40 characters")
                                .arg(option.name));
            for (const FunctionalOption &other : std::as_const(*options))
                if (other.name == option.name)
                    return fail(Text::tr("option \"%1\" is declared twice").arg(option.name));
            if (option.title.isEmpty())
                option.title = option.name;
            options->append(option);
        }
        return true;
    }

    bool readKind(const QJsonObject &o, ObjectKind *kind)
    {
        const bool document = o.contains(QLatin1String("document"));
        kind->objectClass = document ? ObjectClass::Document : ObjectClass::Catalog;
        kind->name = o.value(document ? QLatin1String("document") : QLatin1String("catalog")).toString();
        if (!isIdentifier(kind->name))
            return fail(Text::tr("catalog name \"%1\" is not a lowercase identifier").arg(kind->name));
        kind->title = o.value(QLatin1String("title")).toString(kind->name);
        kind->table = (document ? QStringLiteral("DOC_") : QStringLiteral("CAT_")) + kind->name.toUpper();
        kind->numberPrefix = o.value(QLatin1String("number")).toObject().value(QLatin1String("prefix")).toString();
        kind->numberPer = o.value(QLatin1String("number")).toObject().value(QLatin1String("per")).toString();
        if (kind->table.size() > MaxIdentifierBytes)
            return fail(Text::tr("table name %1 is longer than 31 bytes").arg(kind->table));
        kind->hierarchical = o.value(QLatin1String("hierarchical")).toBool(false);
        kind->option = o.value(QLatin1String("option")).toString();
        if (o.contains(QLatin1String("hiddenBy"))) {
            if (!kind->option.isEmpty())
                return fail(Text::tr("%1: a kind has an option or is hidden by one, not both").arg(kind->name));
            kind->option = o.value(QLatin1String("hiddenBy")).toString();
            kind->optionHides = true;
        }
        kind->additionalAttributes = o.value(QLatin1String("additionalAttributes")).toBool(false);
        kind->remembered = o.value(QLatin1String("remembered")).toBool(false);
        kind->timeline = o.value(QLatin1String("timeline")).toBool(false);
        const QJsonObject code = o.value(QLatin1String("code")).toObject();
        kind->codeLength = code.value(QLatin1String("length")).toInt(9);
        kind->autoCode = code.value(QLatin1String("auto")).toBool(true);
        kind->nameLength = o.value(QLatin1String("name")).toObject().value(QLatin1String("length")).toInt(150);
        if (kind->codeLength < 1 || kind->codeLength > 50)
            return fail(Text::tr("code length must be between 1 and 50"));
        if (kind->nameLength < 1 || kind->nameLength > 500)
            return fail(Text::tr("name length must be between 1 and 500"));
        if (document) {
            const QJsonValue workflow = o.value(QLatin1String("workflow"));
            const QJsonObject declared = workflow.toObject();
            kind->workflow = workflow.isString()
                                 ? workflow.toString()
                                 : declared.value(QLatin1String("name")).toString(QStringLiteral("document"));
            const QJsonObject needs = declared.value(QLatin1String("requires")).toObject();
            for (auto need = needs.constBegin(); need != needs.constEnd(); ++need)
                for (const QJsonValue &f : need.value().toArray())
                    kind->transitionRequires[need.key()].append(f.toString());
        }
        const QJsonObject rights = o.value(QLatin1String("rights")).toObject();
        kind->readRight = rights.value(QLatin1String("read")).toString(kind->readRight);
        kind->writeRight = rights.value(QLatin1String("write")).toString(kind->writeRight);
        if (!readFields(o.value(QLatin1String("fields")).toArray(), kind->name, &kind->fields,
                        document ? system::Owner::Document : system::Owner::Catalog))
            return false;
        for (const QJsonValue &v : o.value(QLatin1String("sections")).toArray()) {
            const QJsonObject s = v.toObject();
            TabularSection section;
            section.name = s.value(QLatin1String("name")).toString();
            if (!isIdentifier(section.name))
                return fail(Text::tr("section name \"%1\" is not a lowercase identifier").arg(section.name));
            section.title = s.value(QLatin1String("title")).toString(section.name);
            section.option = s.value(QLatin1String("option")).toString();
            section.table = kind->table + u'_' + section.name.toUpper();
            if (section.table.size() > MaxIdentifierBytes)
                return fail(Text::tr("table name %1 is longer than 31 bytes").arg(section.table));
            if (kind->section(section.name))
                return fail(Text::tr("section \"%1\" is declared twice").arg(section.name));
            if (!readFields(s.value(QLatin1String("fields")).toArray(), kind->name + u'.' + section.name,
                            &section.fields, system::Owner::Section))
                return false;
            for (const QJsonValue &name : s.value(QLatin1String("requiredOneOf")).toArray()) {
                if (!section.field(name.toString()))
                    return fail(Text::tr("section \"%1\": requiredOneOf names \"%2\", which is not one of its fields")
                                    .arg(section.name, name.toString()));
                section.requiredOneOf.append(name.toString());
            }
            kind->sections.append(section);
        }
        return readDerived(o.value(QLatin1String("derived")).toArray(), kind);
    }

    // "derived": header fields computed when read (a balance, or cases over other fields).
    bool readDerived(const QJsonArray &array, ObjectKind *kind)
    {
        if (!array.isEmpty() && !kind->isDocument())
            return fail(Text::tr("%1: only documents have derived fields").arg(kind->name));
        if (!readFields(array, kind->name, &kind->derived, system::Owner::Document))
            return false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            Field &f = kind->derived[i];
            const QString path = kind->name + u'.' + f.name;
            if (kind->field(f.name))
                return fail(Text::tr("%1: field \"%2\" is declared twice").arg(kind->name, f.name));
            f.readOnly = true;
            f.required = false;
            if (o.contains(QLatin1String("balance"))) {
                const QJsonObject b = o.value(QLatin1String("balance")).toObject();
                f.balance = DerivedBalance{b.value(QLatin1String("register")).toString(),
                                           b.value(QLatin1String("resource")).toString(),
                                           b.value(QLatin1String("dimension")).toString()};
                if (!f.isNumeric())
                    return fail(Text::tr("%1: a balance is a decimal or money field").arg(path));
                continue;
            }
            for (const QJsonValue &c : o.value(QLatin1String("cases")).toArray()) {
                DerivedCase item{c.toObject().value(QLatin1String("value")).toString(), {}};
                for (const QJsonValue &w : c.toObject().value(QLatin1String("when")).toArray()) {
                    const QJsonObject cond = w.toObject();
                    DerivedCondition when{cond.value(QLatin1String("field")).toString(),
                                          cond.value(QLatin1String("op")).toString(QStringLiteral("=")),
                                          QCborValue::fromJsonValue(cond.value(QLatin1String("value"))),
                                          {}};
                    for (qsizetype j = 0; j < i; ++j)
                        if (kind->derived[j].name == when.field)
                            when.balance = kind->derived[j].balance;
                    item.when.append(when);
                }
                if (item.when.isEmpty())
                    return fail(Text::tr("%1: every case needs conditions (\"when\")").arg(path));
                f.cases.append(item);
            }
            f.otherwise = o.value(QLatin1String("else")).toString();
            if (f.cases.isEmpty() || f.type != FieldType::Enum || f.otherwise.isEmpty())
                return fail(Text::tr("%1: a derived field is a balance, or an enum with cases and else").arg(path));
        }
        return true;
    }

    bool readFields(const QJsonArray &array, const QString &owner, QList<Field> *fields, system::Owner kind)
    {
        for (const QJsonValue &v : array) {
            const QJsonObject f = v.toObject();
            Field field;
            field.name = f.value(QLatin1String("name")).toString();
            if (!isIdentifier(field.name) || field.name.size() > MaxIdentifierBytes)
                return fail(Text::tr("%1: field name \"%2\" is not a lowercase identifier of at most 31 bytes")
                                .arg(owner, field.name));
            if (system::isReserved(field.name, kind))
                return fail(Text::tr("%1: field name \"%2\" is reserved").arg(owner, field.name));
            for (const Field &other : *fields)
                if (other.name == field.name)
                    return fail(Text::tr("%1: field \"%2\" is declared twice").arg(owner, field.name));
            const QString typeName = f.value(QLatin1String("type")).toString();
            if (!fieldTypeFromName(typeName, &field.type))
                return fail(Text::tr("%1.%2: unknown type \"%3\"").arg(owner, field.name, typeName));
            field.title = f.value(QLatin1String("title")).toString(field.name);
            field.required = f.value(QLatin1String("required")).toBool(false);
            field.indexed = f.value(QLatin1String("indexed")).toBool(false);
            field.matchDigits = f.value(QLatin1String("matchDigits")).toInt(0);
            if (field.matchDigits < 0 || field.matchDigits > 20)
                return fail(Text::tr("%1.%2: matchDigits must be between 0 and 20").arg(owner, field.name));
            field.internal = f.value(QLatin1String("internal")).toBool(false);
            field.computed = f.value(QLatin1String("computed")).toBool(false);
            field.readOnly = field.computed || f.value(QLatin1String("readOnly")).toBool(false);
            field.option = f.value(QLatin1String("option")).toString();
            field.defaultValue = QCborValue::fromJsonValue(f.value(QLatin1String("default")));
            switch (field.type) {
            case FieldType::String:
                field.length = f.value(QLatin1String("length")).toInt(0);
                if (field.length < 1 || field.length > MaxStringLength)
                    return fail(Text::tr("%1.%2: string length must be between 1 and %3")
                                    .arg(owner, field.name)
                                    .arg(MaxStringLength));
                break;
            case FieldType::Decimal:
                field.precision = f.value(QLatin1String("precision")).toInt(18);
                field.scale = f.value(QLatin1String("scale")).toInt(4);
                if (field.precision < 1 || field.precision > 18 || field.scale < 0 || field.scale > field.precision)
                    return fail(Text::tr("%1.%2: decimal needs 1 <= precision <= 18 and 0 <= scale <= precision")
                                    .arg(owner, field.name));
                break;
            case FieldType::Money:
                field.precision = MoneyPrecision;
                field.scale = MoneyScale;
                break;
            case FieldType::Enum:
                field.target = f.value(QLatin1String("enum")).toString();
                break;
            case FieldType::Ref:
                // "catalog" or "document": the kind the reference points to.
                field.target =
                    f.value(QLatin1String("catalog")).toString(f.value(QLatin1String("document")).toString());
                break;
            default:
                break;
            }
            if (!readMin(f, owner, &field))
                return false;
            fields->append(field);
        }
        return true;
    }

    // "min": a lower bound of a number (JSON number or decimal string), inclusive unless
    // "minExclusive" is true; it must fit the field's precision and scale.
    bool readMin(const QJsonObject &f, const QString &owner, Field *field)
    {
        const QJsonValue bound = f.value(QLatin1String("min"));
        field->minExclusive = f.value(QLatin1String("minExclusive")).toBool(false);
        if (bound.isUndefined()) {
            if (field->minExclusive)
                return fail(Text::tr("%1.%2: minExclusive needs a min").arg(owner, field->name));
            return true;
        }
        const bool integer = field->type == FieldType::Integer;
        const QString text = bound.isString() ? bound.toString() : QString::number(bound.toDouble(), 'g', 15);
        const auto value = (integer || field->isNumeric()) && (bound.isString() || bound.isDouble())
                               ? Decimal::parse(text, integer ? 0 : field->scale)
                               : std::nullopt;
        if (!value || !value->fits(integer ? 18 : field->precision, integer ? 0 : field->scale))
            return fail(Text::tr("%1.%2: min must be a number that fits the field (integer, decimal or money)")
                            .arg(owner, field->name));
        field->min = value;
        return true;
    }

    bool readRegister(const QJsonObject &o, Register *r)
    {
        r->name = o.value(QLatin1String("register")).toString();
        if (!isIdentifier(r->name))
            return fail(Text::tr("register name \"%1\" is not a lowercase identifier").arg(r->name));
        r->title = o.value(QLatin1String("title")).toString(r->name);
        r->option = o.value(QLatin1String("option")).toString();
        const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("balance"));
        if (type != QLatin1String("balance") && type != QLatin1String("turnover") &&
            type != QLatin1String("information"))
            return fail(
                Text::tr("register %1: type must be \"balance\", \"turnover\" or \"information\"").arg(r->name));
        r->type = type == QLatin1String("balance")    ? RegisterType::Balance
                  : type == QLatin1String("turnover") ? RegisterType::Turnover
                                                      : RegisterType::Information;
        r->table = QStringLiteral("REG_") + r->name.toUpper();
        r->totalsTable = r->table + QStringLiteral("_TOTALS");
        if (r->totalsTable.size() > MaxIdentifierBytes)
            return fail(Text::tr("table name %1 is longer than 31 bytes").arg(r->totalsTable));
        if (!readFields(o.value(QLatin1String("dimensions")).toArray(), r->name, &r->dimensions,
                        system::Owner::Register) ||
            !readFields(o.value(QLatin1String("resources")).toArray(), r->name, &r->resources, system::Owner::Register))
            return false;
        for (const Field &f : r->resources)
            if (!f.isNumeric() && r->type != RegisterType::Information)
                return fail(Text::tr("register %1: resource %2 must be decimal or money").arg(r->name, f.name));
        for (const Field &d : r->dimensions)
            for (const Field &f : r->resources)
                if (d.name == f.name)
                    return fail(Text::tr("register %1: %2 is both a dimension and a resource").arg(r->name, f.name));
        for (const QJsonValue &v : o.value(QLatin1String("nonNegative")).toArray()) {
            if (!r->field(v.toString()) || !r->field(v.toString())->isNumeric())
                return fail(Text::tr("register %1: nonNegative names no resource \"%2\"").arg(r->name, v.toString()));
            r->nonNegative.append(v.toString());
        }
        for (const QJsonValue &v : o.value(QLatin1String("belowZeroBy")).toArray())
            r->belowZeroBy.append(v.toString());
        return readAggregates(o.value(QLatin1String("aggregates")).toArray(), r);
    }

    bool readAggregates(const QJsonArray &list, Register *r)
    {
        if (!list.isEmpty() && r->type == RegisterType::Information)
            return fail(Text::tr("register %1: an information register has no aggregates").arg(r->name));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            RegisterAggregate a;
            a.name = o.value(QLatin1String("name")).toString();
            const QString at = QStringLiteral("register %1: aggregates[%2]").arg(r->name).arg(i);
            if (!isIdentifier(a.name) || r->aggregate(a.name))
                return fail(Text::tr("%1: name \"%2\" is not a new lowercase identifier").arg(at, a.name));
            a.table = r->table + QStringLiteral("_A_") + a.name.toUpper();
            if (a.table.size() > MaxIdentifierBytes)
                return fail(Text::tr("table name %1 is longer than 31 bytes").arg(a.table));
            for (const QJsonValue &v : o.value(QLatin1String("dimensions")).toArray()) {
                const Field *d = r->field(v.toString());
                if (!d || !std::any_of(r->dimensions.begin(), r->dimensions.end(),
                                       [&](const Field &f) { return f.name == d->name; }) ||
                    a.dimensions.contains(d->name))
                    return fail(Text::tr("%1: dimensions names no dimension \"%2\" of the register (or twice)")
                                    .arg(at, v.toString()));
                a.dimensions.append(d->name);
            }
            if (a.dimensions.isEmpty())
                return fail(Text::tr("%1: dimensions must name at least one dimension").arg(at));
            for (const QJsonValue &v : o.value(QLatin1String("counted")).toArray())
                a.counted.append(v.toString());
            r->aggregates.append(a);
        }
        return true;
    }

    bool readWorkflow(const QJsonObject &o, Workflow *w)
    {
        w->name = o.value(QLatin1String("workflow")).toString();
        if (!isIdentifier(w->name))
            return fail(Text::tr("workflow name \"%1\" is not a lowercase identifier").arg(w->name));
        w->history = o.value(QLatin1String("history")).toBool(false);
        for (const QJsonValue &v : o.value(QLatin1String("states")).toArray()) {
            const QJsonObject s = v.toObject();
            WorkflowState state{s.value(QLatin1String("name")).toString(),
                                s.value(QLatin1String("title")).toString(),
                                s.value(QLatin1String("posted")).toBool(false),
                                {}};
            if (!isIdentifier(state.name) || state.name.size() > 40)
                return fail(Text::tr("workflow %1: state \"%2\" is not a lowercase identifier of at most 40 characters")
                                .arg(w->name, state.name));
            if (w->state(state.name))
                return fail(Text::tr("workflow %1: state \"%2\" is declared twice").arg(w->name, state.name));
            for (const QJsonValue &a : s.value(QLatin1String("actions")).toArray()) {
                const QString name = a.toObject().value(QLatin1String("name")).toString();
                if (!isIdentifier(name))
                    return fail(Text::tr("workflow %1: action \"%2\" of state %3 is not a lowercase identifier")
                                    .arg(w->name, name, state.name));
                state.actions.append({name, a.toObject().value(QLatin1String("title")).toString(name)});
            }
            if (state.title.isEmpty())
                state.title = state.name;
            w->states.append(state);
        }
        if (w->states.isEmpty())
            return fail(Text::tr("workflow %1 has no states").arg(w->name));
        w->initial = o.value(QLatin1String("initial")).toString(w->states.first().name);
        if (!w->state(w->initial))
            return fail(Text::tr("workflow %1: the initial state \"%2\" is not declared").arg(w->name, w->initial));
        for (const QJsonValue &v : o.value(QLatin1String("transitions")).toArray()) {
            const QJsonObject t = v.toObject();
            WorkflowTransition transition;
            transition.name = t.value(QLatin1String("name")).toString();
            transition.title = t.value(QLatin1String("title")).toString(transition.name);
            transition.to = t.value(QLatin1String("to")).toString();
            transition.right = t.value(QLatin1String("right")).toString();
            transition.guard = t.value(QLatin1String("guard")).toString();
            transition.shortcut = t.value(QLatin1String("shortcut")).toString();
            for (const QJsonValue &f : t.value(QLatin1String("from")).toArray())
                transition.from.append(f.toString());
            for (const QJsonValue &f : t.value(QLatin1String("requires")).toArray())
                transition.requiredFields.append(f.toString());
            if (t.contains(QLatin1String("deletionMark")))
                transition.deletionMark = t.value(QLatin1String("deletionMark")).toBool();
            if (!isIdentifier(transition.name))
                return fail(Text::tr("workflow %1: transition \"%2\" is not a lowercase identifier")
                                .arg(w->name, transition.name));
            if (w->transition(transition.name))
                return fail(Text::tr("workflow %1: transition \"%2\" is declared twice").arg(w->name, transition.name));
            if (!w->state(transition.to))
                return fail(Text::tr("workflow %1: transition %2 goes to an unknown state \"%3\"")
                                .arg(w->name, transition.name, transition.to));
            if (transition.from.isEmpty())
                return fail(Text::tr("workflow %1: transition %2 starts in no state").arg(w->name, transition.name));
            for (const QString &from : std::as_const(transition.from))
                if (!w->state(from))
                    return fail(Text::tr("workflow %1: transition %2 starts in an unknown state \"%3\"")
                                    .arg(w->name, transition.name, from));
            w->transitions.append(transition);
        }
        return true;
    }

    bool readEnum(const QJsonObject &o, Enumeration *e)
    {
        e->name = o.value(QLatin1String("enum")).toString();
        if (!isIdentifier(e->name))
            return fail(Text::tr("enum name \"%1\" is not a lowercase identifier").arg(e->name));
        e->title = o.value(QLatin1String("title")).toString(e->name);
        for (const QJsonValue &v : o.value(QLatin1String("values")).toArray()) {
            const QJsonObject item = v.toObject();
            EnumValue value{item.value(QLatin1String("name")).toString(),
                            item.value(QLatin1String("title")).toString()};
            if (!isIdentifier(value.name) || value.name.size() > 40)
                return fail(Text::tr("enum %1: value \"%2\" is not a lowercase identifier of at most 40 characters")
                                .arg(e->name, value.name));
            if (e->contains(value.name))
                return fail(Text::tr("enum %1: value \"%2\" is declared twice").arg(e->name, value.name));
            if (value.title.isEmpty())
                value.title = value.name;
            e->values.append(value);
        }
        if (e->values.isEmpty())
            return fail(Text::tr("enum %1 has no values").arg(e->name));
        return true;
    }
};

} // namespace

std::optional<Model> Model::load(const QString &dir, QString *error)
{
    using checks::checkDerived;
    using checks::checkReferences;
    Model model;
    Loader loader;
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty()) {
        *error = Text::tr("no metadata files (*.json) in %1").arg(dir);
        return std::nullopt;
    }
    for (const QString &file : files) {
        if (!loader.loadFile(file, &model.m_kinds, &model.m_enums, &model.m_registers, &model.m_workflows,
                             &model.m_options)) {
            *error = loader.error;
            return std::nullopt;
        }
    }
    QStringList seen;
    for (const ObjectKind &k : model.m_kinds) {
        if (seen.contains(k.name)) {
            *error = Text::tr("catalog \"%1\" is declared twice").arg(k.name);
            return std::nullopt;
        }
        seen.append(k.name);
        if (!checkReferences(model, k.fields, k.name, error) || !checkReferences(model, k.derived, k.name, error) ||
            !checkDerived(model, k, error))
            return std::nullopt;
        if (k.isDocument()) {
            const Workflow *w = model.workflow(k.workflow);
            if (!w) {
                *error = Text::tr("%1: unknown workflow \"%2\"").arg(k.name, k.workflow);
                return std::nullopt;
            }
            if (!k.numberPer.isEmpty() && (!k.field(k.numberPer) || k.field(k.numberPer)->type != FieldType::Ref)) {
                *error = Text::tr("%1: number.per names no reference field \"%2\"").arg(k.name, k.numberPer);
                return std::nullopt;
            }
            QStringList needed;
            for (const WorkflowTransition &t : w->transitions)
                needed += t.requiredFields;
            for (auto need = k.transitionRequires.constBegin(); need != k.transitionRequires.constEnd(); ++need) {
                if (!w->transition(need.key())) {
                    *error = Text::tr("%1: workflow %2 has no transition \"%3\"").arg(k.name, k.workflow, need.key());
                    return std::nullopt;
                }
                needed += need.value();
            }
            for (const QString &f : std::as_const(needed))
                if (!k.field(f)) {
                    *error = Text::tr("%1: a transition requires the unknown field \"%2\"").arg(k.name, f);
                    return std::nullopt;
                }
        }
        for (const TabularSection &s : k.sections)
            if (!checkReferences(model, s.fields, k.name + u'.' + s.name, error))
                return std::nullopt;
    }
    for (const Register &r : model.m_registers) {
        if (seen.contains(r.name)) {
            *error = Text::tr("\"%1\" is declared twice").arg(r.name);
            return std::nullopt;
        }
        seen.append(r.name);
        if (!checkReferences(model, r.dimensions, r.name, error))
            return std::nullopt;
        for (const QString &kind : r.belowZeroBy)
            if (!model.kind(kind) || !model.kind(kind)->isDocument()) {
                *error = Text::tr("register %1: belowZeroBy names no document kind \"%2\"").arg(r.name, kind);
                return std::nullopt;
            }
        for (const RegisterAggregate &a : r.aggregates)
            for (const QString &kind : a.counted)
                if (!model.kind(kind) || !model.kind(kind)->isDocument()) {
                    *error = Text::tr("register %1: aggregate %2 counts no document kind \"%3\"")
                                 .arg(r.name, a.name, kind);
                    return std::nullopt;
                }
    }
    seen.clear();
    for (const Enumeration &e : model.m_enums) {
        if (seen.contains(e.name)) {
            *error = Text::tr("enum \"%1\" is declared twice").arg(e.name);
            return std::nullopt;
        }
        seen.append(e.name);
    }
    if (!checkOptions(model, error))
        return std::nullopt;
    return model;
}

} // namespace erp::meta
