package org.doctoronboarding.adapter.http;

import java.util.Objects;
import org.doctoronboarding.application.port.in.AuthenticateUseCase;
import org.doctoronboarding.application.port.in.CatalogueUseCase;
import org.doctoronboarding.application.port.in.CreateDoctorUseCase;
import org.doctoronboarding.application.port.in.DeleteDoctorUseCase;
import org.doctoronboarding.application.port.in.GetDoctorQuery;
import org.doctoronboarding.application.port.in.GetStatusHistoryQuery;
import org.doctoronboarding.application.port.in.ListDoctorsQuery;
import org.doctoronboarding.application.port.in.ManageUsersUseCase;
import org.doctoronboarding.application.port.in.RejectDoctorUseCase;
import org.doctoronboarding.application.port.in.SignInUseCase;
import org.doctoronboarding.application.port.in.SmartFillUseCase;
import org.doctoronboarding.application.port.in.SubmitProfileUseCase;
import org.doctoronboarding.application.port.in.UpdateDoctorUseCase;
import org.doctoronboarding.application.port.in.VerifyDoctorUseCase;
import org.doctoronboarding.application.port.out.DatabaseHealth;

/** Everything the HTTP API calls, wired by the caller. */
public record UseCases(
        CreateDoctorUseCase createDoctor,
        GetDoctorQuery getDoctor,
        ListDoctorsQuery listDoctors,
        UpdateDoctorUseCase updateDoctor,
        DeleteDoctorUseCase deleteDoctor,
        SubmitProfileUseCase submitProfile,
        VerifyDoctorUseCase verifyDoctor,
        RejectDoctorUseCase rejectDoctor,
        GetStatusHistoryQuery statusHistory,
        SmartFillUseCase smartFill,
        DatabaseHealth databaseHealth,
        SignInUseCase signIn,
        AuthenticateUseCase authenticate,
        ManageUsersUseCase manageUsers,
        CatalogueUseCase catalogue) {

    public UseCases {
        Objects.requireNonNull(createDoctor, "createDoctor");
        Objects.requireNonNull(getDoctor, "getDoctor");
        Objects.requireNonNull(listDoctors, "listDoctors");
        Objects.requireNonNull(updateDoctor, "updateDoctor");
        Objects.requireNonNull(deleteDoctor, "deleteDoctor");
        Objects.requireNonNull(submitProfile, "submitProfile");
        Objects.requireNonNull(verifyDoctor, "verifyDoctor");
        Objects.requireNonNull(rejectDoctor, "rejectDoctor");
        Objects.requireNonNull(statusHistory, "statusHistory");
        Objects.requireNonNull(smartFill, "smartFill");
        Objects.requireNonNull(databaseHealth, "databaseHealth");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(manageUsers, "manageUsers");
        Objects.requireNonNull(catalogue, "catalogue");
    }
}
