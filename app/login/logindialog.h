#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace erp::app {

class ClientSession;

// Asks for the server and the credentials and logs the session in. Saved server profiles
// come from QSettings; a successful login remembers the profile.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(ClientSession *session, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;

public Q_SLOTS:
    void logIn();

private:
    void showProfile(int index);
    void setBusy(bool busy);

    ClientSession *m_session;
    QComboBox *m_profile;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_login;
};

} // namespace erp::app
