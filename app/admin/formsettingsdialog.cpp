#include "formsettingsdialog.h"

#include "connection.h"
#include "core/clientsession.h"

#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {
constexpr int NameRole = Qt::UserRole + 1;
constexpr int IsSectionRole = Qt::UserRole + 2;
constexpr int OriginalIndexRole = Qt::UserRole + 3;
constexpr int DefaultLabelRole = Qt::UserRole + 4;
enum Column { TitleColumn, VisibleColumn, LabelColumn, ReadOnlyColumn };
} // namespace

FormSettingsDialog::FormSettingsDialog(ClientSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_catalog(new QComboBox(this)), m_scope(new QComboBox(this)),
      m_target(new QComboBox(this)), m_tree(new QTreeWidget(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Form settings"));
    setObjectName(QStringLiteral("formSettingsDialog"));
    resize(760, 620);
    m_catalog->setObjectName(QStringLiteral("catalog"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setEditable(true);
    m_scope->addItem(tr("Role"), QStringLiteral("role"));
    m_scope->addItem(tr("User"), QStringLiteral("user"));
    m_tree->setObjectName(QStringLiteral("fields"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Field"), tr("Visible"), tr("Label"), tr("Read-only")});
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);

    auto *form = new QFormLayout;
    form->addRow(tr("&Catalog:"), m_catalog);
    form->addRow(tr("&Applies to:"), m_scope);
    form->addRow(tr("&Role or user:"), m_target);

    auto *up = new QPushButton(tr("Move &up"), this);
    up->setObjectName(QStringLiteral("moveUp"));
    auto *down = new QPushButton(tr("Move &down"), this);
    down->setObjectName(QStringLiteral("moveDown"));
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto *moveButtons = new QHBoxLayout;
    moveButtons->addWidget(up);
    moveButtons->addWidget(down);
    moveButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("save"));
    QPushButton *resetButton = buttons->addButton(tr("&Reset to the standard form"), QDialogButtonBox::ResetRole);
    resetButton->setObjectName(QStringLiteral("reset"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(saveButton, &QPushButton::clicked, this, &FormSettingsDialog::save);
    connect(resetButton, &QPushButton::clicked, this, &FormSettingsDialog::resetSettings);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tree, 1);
    layout->addLayout(moveButtons);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    auto fillTargets = [this] {
        m_target->clear();
        if (m_scope->currentData().toString() == QLatin1String("role")) {
            m_session->enumeration(QStringLiteral("roles"), this, [this](const EnumInfo &roles) {
                for (const auto &[name, title] : roles.values)
                    m_target->addItem(title, name);
            });
        } else {
            m_target->addItem(m_session->userLogin(), m_session->userLogin());
        }
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this, fillTargets] {
        fillTargets();
        load();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, &FormSettingsDialog::load);
    connect(m_catalog, &QComboBox::currentIndexChanged, this, &FormSettingsDialog::load);
    fillTargets();
    m_session->call(QStringLiteral("meta.catalogs"), {}, this, [this](const Reply &r) {
        const QSignalBlocker block(m_catalog);
        for (const QCborValue &c : r.result.toArray())
            m_catalog->addItem(c.toMap().value(QStringLiteral("title")).toString(), c.toMap().value(QStringLiteral("name")).toString());
        const int partners = m_catalog->findData(QStringLiteral("partners"));
        m_catalog->setCurrentIndex(partners >= 0 ? partners : 0);
        load();
    });
}

QCborMap FormSettingsDialog::target() const
{
    QCborMap p;
    p.insert(QStringLiteral("kind"), m_catalog->currentData().toString());
    p.insert(QStringLiteral("scope"), m_scope->currentData().toString());
    const QString typed = m_target->currentText().trimmed();
    const QString stored = m_target->currentData().toString();
    const bool listed = m_target->currentIndex() >= 0 && m_target->itemText(m_target->currentIndex()) == typed;
    p.insert(QStringLiteral("target"), listed && !stored.isEmpty() ? stored : typed);
    return p;
}

void FormSettingsDialog::load()
{
    const QString kind = m_catalog->currentData().toString();
    if (kind.isEmpty())
        return;
    m_loaded = false;
    m_session->describe(kind, this, [this, kind](const KindInfo &info) {
        QCborMap params;
        params.insert(QStringLiteral("kind"), kind);
        m_session->call(QStringLiteral("meta.form"), params, this, [this, info](const Reply &form) {
            const QCborMap base = form.result.toMap().value(QStringLiteral("base")).toMap();
            m_session->call(QStringLiteral("forms.getSettings"), target(), this, [this, base, info](const Reply &r) {
                if (!r.ok) {
                    m_status->setText(r.error.message);
                    return;
                }
                // Field titles from the metadata, so the tree speaks the user's language.
                QCborMap titled = base;
                titled.insert(QStringLiteral("titles"), [&] {
                    QCborMap t;
                    for (const FieldInfo &f : info.fields)
                        t.insert(f.name, f.title);
                    for (const SectionInfo &s : info.sections)
                        t.insert(s.name, s.title);
                    return t;
                }());
                fillTree(titled, r.result.toMap());
                m_status->clear();
                m_loaded = true;
                Q_EMIT loadedSettings();
            });
        });
    });
}

void FormSettingsDialog::fillTree(const QCborMap &layout, const QCborMap &settings)
{
    m_tree->clear();
    const QCborMap titles = layout.value(QStringLiteral("titles")).toMap();
    const QCborMap fieldSettings = settings.value(QStringLiteral("fields")).toMap();
    const QCborMap sectionSettings = settings.value(QStringLiteral("sections")).toMap();
    for (const QCborValue &p : layout.value(QStringLiteral("pages")).toArray()) {
        const QCborMap page = p.toMap();
        for (const QCborValue &g : page.value(QStringLiteral("groups")).toArray()) {
            const QCborMap group = g.toMap();
            if (group.contains(QStringLiteral("related")))
                continue; // lists of other kinds: nothing of this form to show, hide or relabel
            const bool isSection = group.contains(QStringLiteral("section"));
            QStringList names;
            if (isSection)
                names << group.value(QStringLiteral("section")).toString();
            else
                for (const QCborValue &f : group.value(QStringLiteral("fields")).toArray())
                    names << f.toString();
            const QString groupTitle = group.value(QStringLiteral("title")).toString();
            auto *parent = new QTreeWidgetItem(m_tree, {groupTitle.isEmpty() ? page.value(QStringLiteral("title")).toString()
                                                                              : page.value(QStringLiteral("title")).toString()
                                                                                    + QStringLiteral(" › ") + groupTitle});
            QList<QTreeWidgetItem *> children;
            for (int i = 0; i < names.size(); ++i) {
                const QString name = names[i];
                const QCborMap s = (isSection ? sectionSettings : fieldSettings).value(name).toMap();
                const QString defaultLabel = titles.value(name).toString(name);
                auto *item = new QTreeWidgetItem({defaultLabel});
                item->setData(TitleColumn, NameRole, name);
                item->setData(TitleColumn, IsSectionRole, isSection);
                item->setData(TitleColumn, OriginalIndexRole, i);
                item->setData(TitleColumn, DefaultLabelRole, defaultLabel);
                item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
                item->setCheckState(VisibleColumn, s.value(QStringLiteral("hidden")).toBool() ? Qt::Unchecked : Qt::Checked);
                item->setText(LabelColumn, s.value(QStringLiteral("label")).toString());
                if (!isSection)
                    item->setCheckState(ReadOnlyColumn, s.value(QStringLiteral("readOnly")).toBool() ? Qt::Checked : Qt::Unchecked);
                item->setData(VisibleColumn, Qt::UserRole, s.value(QStringLiteral("position")).toInteger(i));
                children.append(item);
            }
            std::stable_sort(children.begin(), children.end(), [](QTreeWidgetItem *a, QTreeWidgetItem *b) {
                return a->data(VisibleColumn, Qt::UserRole).toInt() < b->data(VisibleColumn, Qt::UserRole).toInt();
            });
            parent->addChildren(children);
        }
    }
    m_tree->expandAll();
}

QCborMap FormSettingsDialog::collect() const
{
    QCborMap fields, sections;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            QCborMap entry;
            if (item->checkState(VisibleColumn) == Qt::Unchecked)
                entry.insert(QStringLiteral("hidden"), true);
            const QString label = item->text(LabelColumn).trimmed();
            if (!label.isEmpty() && label != item->data(TitleColumn, DefaultLabelRole).toString())
                entry.insert(QStringLiteral("label"), label);
            if (item->checkState(ReadOnlyColumn) == Qt::Checked)
                entry.insert(QStringLiteral("readOnly"), true);
            if (item->data(TitleColumn, OriginalIndexRole).toInt() != i)
                entry.insert(QStringLiteral("position"), i);
            if (!entry.isEmpty())
                (item->data(TitleColumn, IsSectionRole).toBool() ? sections : fields)
                    .insert(item->data(TitleColumn, NameRole).toString(), entry);
        }
    }
    QCborMap settings;
    if (!fields.isEmpty())
        settings.insert(QStringLiteral("fields"), fields);
    if (!sections.isEmpty())
        settings.insert(QStringLiteral("sections"), sections);
    return settings;
}

void FormSettingsDialog::move(int delta)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    QTreeWidgetItem *parent = item ? item->parent() : nullptr;
    if (!parent)
        return;
    const int from = parent->indexOfChild(item);
    const int to = from + delta;
    if (to < 0 || to >= parent->childCount())
        return;
    parent->takeChild(from);
    parent->insertChild(to, item);
    m_tree->setCurrentItem(item);
}

void FormSettingsDialog::save()
{
    QCborMap params = target();
    params.insert(QStringLiteral("settings"), collect());
    m_session->call(QStringLiteral("forms.saveSettings"), params, this, [this](const Reply &r) {
        const QString message = r.ok ? tr("Saved. The form changes the next time it is opened.") : r.error.message;
        m_status->setText(message);
        Q_EMIT savedSettings(message);
    });
}

void FormSettingsDialog::resetSettings()
{
    QCborMap params = target();
    params.insert(QStringLiteral("settings"), QCborMap());
    m_session->call(QStringLiteral("forms.saveSettings"), params, this, [this](const Reply &r) {
        m_status->setText(r.ok ? tr("The standard form applies again.") : r.error.message);
        load();
    });
}

} // namespace erp::app
