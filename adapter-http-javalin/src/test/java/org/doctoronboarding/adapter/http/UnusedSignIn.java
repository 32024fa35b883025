package org.doctoronboarding.adapter.http;

import org.doctoronboarding.application.port.in.SignInUseCase;

/** Sign-in for route tests that do not sign in: every call fails the test. */
final class UnusedSignIn implements SignInUseCase {

    @Override
    public void requestCode(String mobileNumber, String ipAddress) {
        throw new AssertionError("sign-in is not part of this test");
    }

    @Override
    public void resendCode(String mobileNumber, String ipAddress) {
        throw new AssertionError("sign-in is not part of this test");
    }

    @Override
    public SignedIn verifyCode(String mobileNumber, String code) {
        throw new AssertionError("sign-in is not part of this test");
    }
}
