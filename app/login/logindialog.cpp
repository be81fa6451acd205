#include "logindialog.h"

#include "core/clientsession.h"
#include "core/language.h"
#include "serverprofiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace erp::app {

LoginDialog::LoginDialog(ClientSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_profile(new QComboBox(this)), m_server(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Log in to ERP"));
    setObjectName(QStringLiteral("loginDialog"));
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setEditable(true);
    m_profile->setToolTip(tr("A saved connection; type a new name to save this one"));
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("127.0.0.1:7410"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    const QList<ServerProfile> profiles = ServerProfiles::load();
    for (const ServerProfile &p : profiles)
        m_profile->addItem(p.name);
    if (profiles.isEmpty())
        m_profile->addItem(tr("Local server"));
    const int last = m_profile->findText(ServerProfiles::lastUsed());
    m_profile->setCurrentIndex(last >= 0 ? last : 0);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &LoginDialog::showProfile);
    showProfile(m_profile->currentIndex());

    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_profile);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(session, &ClientSession::loggedIn, this, [this] {
        ServerProfile p;
        p.name = m_profile->currentText().trimmed().isEmpty() ? m_server->text() : m_profile->currentText().trimmed();
        const QString server = m_server->text().trimmed();
        p.host = server.section(u':', 0, 0);
        p.port = quint16(server.section(u':', 1, 1).toUInt());
        p.user = m_user->text().trimmed();
        ServerProfiles::remember(p);
        setBusy(false);
        accept();
    });
    connect(session, &ClientSession::loginFailed, this, [this](const QString &message) {
        setBusy(false);
        m_error->setText(message);
        m_error->show();
        m_password->setFocus();
        m_password->selectAll();
    });
    if (!m_user->text().isEmpty())
        m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::showProfile(int index)
{
    const QList<ServerProfile> profiles = ServerProfiles::load();
    ServerProfile p;
    if (index >= 0 && index < profiles.size())
        p = profiles[index];
    m_server->setText(QStringLiteral("%1:%2").arg(p.host).arg(p.port));
    m_user->setText(p.user);
}

void LoginDialog::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_login->setText(busy ? tr("Connecting…") : tr("&Log in"));
}

void LoginDialog::logIn()
{
    const QString server = m_server->text().trimmed();
    bool ok = false;
    const uint port = server.section(u':', 1, 1).toUInt(&ok);
    const QString host = server.section(u':', 0, 0);
    if (host.isEmpty() || !ok || port == 0 || port > 65535) {
        m_error->setText(tr("Enter the server as host:port, for example 127.0.0.1:7410."));
        m_error->show();
        m_server->setFocus();
        return;
    }
    if (m_user->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_user->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    m_session->login(host, quint16(port), m_user->text().trimmed(), m_password->text(), currentLanguage());
}

} // namespace erp::app
