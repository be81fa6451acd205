#include "reportsettingsbox.h"

#include "connection.h"
#include "core/clientsession.h"
#include "core/kindinfo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>

namespace erp::app {

using erp::client::Reply;

ReportSettingsBox::ReportSettingsBox(ClientSession *session, const QString &report, Parameters current,
                                     QWidget *parent)
    : QWidget(parent), m_session(session), m_report(report), m_current(std::move(current)), m_combo(new QComboBox),
      m_share(new QComboBox), m_save(new QPushButton(tr("Save as…"))), m_delete(new QPushButton(tr("Delete")))
{
    setObjectName(QStringLiteral("reportSettings"));
    m_combo->setMinimumContentsLength(16);
    m_combo->setToolTip(tr("Saved settings of this report"));
    m_delete->setToolTip(tr("Delete the chosen settings"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    m_share->setObjectName(QStringLiteral("shareWith"));
    m_share->setToolTip(tr("Who else gets the settings saved next"));
    m_share->addItem(tr("Only me"), QString());
    layout->addWidget(m_share);
    m_share->setVisible(session->hasRight(QStringLiteral("admin"))); // with its parent: never a window of its own
    layout->addWidget(m_save);
    layout->addWidget(m_delete);
    connect(m_combo, &QComboBox::activated, this, &ReportSettingsBox::onActivated);
    connect(m_save, &QPushButton::clicked, this, [this] { saveAs(); });
    connect(m_delete, &QPushButton::clicked, this, &ReportSettingsBox::removeCurrent);
    session->enumeration(QStringLiteral("roles"), this, [this](const EnumInfo &roles) {
        for (const auto &[name, title] : roles.values) {
            m_roleTitles.insert(name, title);
            m_share->addItem(tr("For: %1").arg(title), name);
        }
        reload(); // the shared ones named by their role's title
    });
}

void ReportSettingsBox::reload()
{
    m_session->call(QStringLiteral("report.settings"), QCborMap{{QStringLiteral("report"), m_report}}, this,
                    [this](const Reply &r) {
                        m_combo->clear();
                        m_combo->addItem(tr("(settings)"));
                        m_settings = r.ok ? r.result.toMap().value(QStringLiteral("settings")).toArray() : QCborArray();
                        for (const QCborValue &v : std::as_const(m_settings)) {
                            const QCborMap s = v.toMap();
                            QString text = s.value(QStringLiteral("name")).toString();
                            const QString role = s.value(QStringLiteral("role")).toString();
                            if (!role.isEmpty())
                                text = tr("%1 (for %2)").arg(text, m_roleTitles.value(role, role));
                            else if (!s.value(QStringLiteral("own")).toBool())
                                text = tr("%1 (%2)").arg(text, s.value(QStringLiteral("owner")).toString());
                            m_combo->addItem(text, s.value(QStringLiteral("id")).toInteger());
                            if (s.value(QStringLiteral("own")).toBool()
                                && s.value(QStringLiteral("name")).toString() == m_select)
                                m_combo->setCurrentIndex(m_combo->count() - 1);
                        }
                        m_select.clear();
                        m_delete->setEnabled(m_combo->currentIndex() > 0);
                        Q_EMIT loaded();
                    });
}

void ReportSettingsBox::onActivated(int index)
{
    m_delete->setEnabled(index > 0);
    if (index <= 0 || index > m_settings.size())
        return;
    Q_EMIT chosen(m_settings.at(index - 1).toMap().value(QStringLiteral("params")).toMap());
}

void ReportSettingsBox::saveAs(const QString &given)
{
    QString name = given;
    if (name.isEmpty()) {
        const int index = m_combo->currentIndex();
        const QString proposal =
            index > 0 ? m_settings.at(index - 1).toMap().value(QStringLiteral("name")).toString() : QString();
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save report settings"), tr("Name:"), QLineEdit::Normal, proposal, &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return;
    }
    QCborMap call{{QStringLiteral("report"), m_report}, {QStringLiteral("name"), name},
                  {QStringLiteral("params"), m_current()}};
    if (const QString role = m_share->currentData().toString(); m_session->hasRight(QStringLiteral("admin")) && !role.isEmpty())
        call.insert(QStringLiteral("role"), role);
    m_session->call(QStringLiteral("report.saveSettings"), call, this, [this, name](const Reply &r) {
        if (r.ok) {
            m_select = name;
            reload();
        }
        Q_EMIT saved(r.ok, r.ok ? QString() : r.error.message);
    });
}

void ReportSettingsBox::removeCurrent()
{
    const int index = m_combo->currentIndex();
    if (index <= 0)
        return;
    m_session->call(QStringLiteral("report.deleteSettings"),
                    QCborMap{{QStringLiteral("id"), m_combo->itemData(index).toLongLong()}}, this, [this](const Reply &r) {
                        if (r.ok)
                            reload();
                        Q_EMIT saved(r.ok, r.ok ? QString() : r.error.message);
                    });
}

} // namespace erp::app
